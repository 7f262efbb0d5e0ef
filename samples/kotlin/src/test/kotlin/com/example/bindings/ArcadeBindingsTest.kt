package com.example.bindings

import arcade.BackoffOptions
import arcade.CloseCode
import arcade.CloseKind
import arcade.Reconnect
import arcade.ReconnectAction
import arcade.ReconnectKind
import arcade.ReconnectStep
import arcade.nextStep
import arcade.nextStepFor
import arcade.reconnectOf
import com.example.arcade.ArcadeCloseCode
import com.fasterxml.jackson.databind.ObjectMapper
import dev.closecodes.runtime.StandardCloseCode
import java.io.File
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertNull
import kotlin.test.assertTrue

/** The Kotlin bindings of endpoint "arcade": its codes, their contracts, and the backoff. */
class ArcadeBindingsTest {

    @Test
    fun everyKindOfCodeIsFoundAndAnUnknownNumberIsNull() {
        assertEquals(CloseCode.SESSION_EXPIRED, CloseCode.find(4001))
        assertEquals(CloseKind.DECLARED, CloseCode.SESSION_EXPIRED.kind)
        assertEquals("Session expired", CloseCode.SESSION_EXPIRED.reason)
        assertEquals("The session expired; sign in again.", CloseCode.SESSION_EXPIRED.description)
        assertEquals(CloseCode.GOING_AWAY, CloseCode.find(1001))
        assertEquals(CloseKind.STANDARD, CloseCode.GOING_AWAY.kind)
        assertEquals(CloseCode.RETIRED_4009, CloseCode.find(4009))
        assertEquals("RETIRED", CloseCode.RETIRED_4009.codeName)
        assertEquals(CloseKind.RETIRED, CloseCode.RETIRED_4009.kind)
        for (unknown in listOf(4998, 0, -1, 65536, Int.MAX_VALUE, Int.MIN_VALUE)) {
            assertNull(CloseCode.find(unknown), "$unknown")
        }
        @Suppress("DEPRECATION")
        val tableClosed = CloseCode.TABLE_CLOSED
        assertEquals(tableClosed, CloseCode.find(4006))
        assertTrue(tableClosed.deprecated)
        assertEquals("Send moved() instead.", tableClosed.deprecation)
        assertEquals("Table {table} closed", tableClosed.reason)
    }

    /** Every code the Java side knows, declared or standard, says the same in Kotlin. */
    @Test
    fun eachCodeCarriesTheContractOfTheJavaSide() {
        val java =
            ArcadeCloseCode.values().map { Triple(it.code(), it.name, it.reconnect()) } +
                StandardCloseCode.values().map { Triple(it.code(), it.name, it.reconnect()) }
        for ((code, name, policy) in java) {
            val kotlin = CloseCode.find(code) ?: error("$code is missing")
            assertEquals(name, kotlin.codeName)
            assertEquals(Reconnect(ReconnectKind.valueOf(policy.kind().name), policy.notBefore().toMillis()),
                kotlin.reconnect, name)
            assertEquals(kotlin.reconnect, reconnectOf(code))
        }
        assertEquals(java.size + 1, CloseCode.entries.size)
        assertEquals(Reconnect(ReconnectKind.BACKOFF, 30_000), CloseCode.RATE_LIMITED.reconnect)
        assertEquals(Reconnect(ReconnectKind.NEVER, 0), reconnectOf(4998))
    }

    /** The runtime's golden vectors, which its Java and JavaScript backoffs pass too. */
    @Test
    fun theBackoffReproducesEveryVectorOfTheRuntime() {
        val vectors = ObjectMapper().readTree(File("../../runtime/src/test/resources/backoff-vectors.json"))["vectors"]
        var steps = 0
        for (vector in vectors) {
            val draws = ArrayDeque(vector["random"].map { it.asDouble() })
            val options = BackoffOptions(vector["firstMillis"].asLong(), vector["baseMillis"].asLong(), vector["capMillis"].asLong())
            val reconnect = Reconnect(ReconnectKind.valueOf(vector["kind"].asText()), vector["notBeforeMillis"].asLong())
            vector["attempts"].forEachIndexed { i, attempt ->
                val step = nextStepFor(reconnect, attempt.asInt(), { draws.removeFirst() }, options)
                val shown = if (step.action == ReconnectAction.STOP) "STOP" else "${step.action} ${step.delayMs}"
                assertEquals(vector["steps"][i].asText(), shown, "$vector attempt $attempt")
                steps++
            }
            assertTrue(draws.isEmpty(), "$vector left $draws")
        }
        assertEquals(9, vectors.size())
        assertTrue(steps > 50, "$steps steps")
    }

    @Test
    fun theNextStepFollowsEachCodesContract() {
        assertEquals(ReconnectStep(ReconnectAction.STOP, 0), nextStep(4004, 1, { error("no draw") }))
        assertEquals(ReconnectStep(ReconnectAction.RECONNECT, 0), nextStep(4005, 1, { error("no draw") }))
        assertEquals(ReconnectStep(ReconnectAction.NEW_CREDENTIALS, 2_500), nextStep(4001, 1, { 0.5 }))
        assertEquals(ReconnectStep(ReconnectAction.RECONNECT, 31_000), nextStep(4003, 2, { 0.5 }))
        assertEquals(ReconnectStep(ReconnectAction.RECONNECT, 10_000), nextStep(1013, 9, { 0.0 }))
        assertEquals(ReconnectStep(ReconnectAction.STOP, 0), nextStep(4998, 1, { 0.5 }))
        assertFailsWith<IllegalArgumentException> { nextStep(4001, 0, { 0.5 }) }
        assertFailsWith<IllegalArgumentException> { nextStep(4001, 1, { 1.0 }) }
        assertFailsWith<IllegalArgumentException> { nextStep(4001, 1, { Double.NaN }) }
        assertFailsWith<IllegalArgumentException> { BackoffOptions(capMs = 0) }
        assertFailsWith<IllegalArgumentException> { BackoffOptions(firstMs = 86_400_001) }
    }
}
