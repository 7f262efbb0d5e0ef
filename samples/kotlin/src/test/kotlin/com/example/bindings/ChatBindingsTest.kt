package com.example.bindings

import chat.CloseCode
import chat.CloseKind
import chat.ReconnectAction
import chat.ReconnectKind
import chat.ReconnectStep
import chat.nextStep
import chat.reconnectOf
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertNull
import kotlin.test.assertTrue

/**
 * The chat sample's `chat.kt`, taken out of its jar as a Kotlin client takes it: its codes, and
 * what a client does after each.
 */
class ChatBindingsTest {

    @Test
    fun aFullRoomIsNamedAndTheClientStops() {
        val roomFull = CloseCode.find(4002) ?: error("4002 is missing")
        assertEquals(CloseCode.ROOM_FULL, roomFull)
        assertEquals(CloseKind.DECLARED, roomFull.kind)
        assertEquals("Room {room} is full", roomFull.reason)
        assertEquals(ReconnectKind.NEVER, reconnectOf(4002).kind)
        assertEquals(ReconnectStep(ReconnectAction.STOP, 0), nextStep(4002, 1, { 0.5 }))
    }

    /** The example of docs/client-bindings.md. */
    @Test
    fun theDocsExampleStopsAfterAFullRoomAndWaitsAfterARateLimit() {
        assertNull(delayAfter(4002, 1))
        val wait = delayAfter(4029, 1) ?: error("4029 stopped")
        assertTrue(wait >= 10_000, "$wait ms")
    }

    @Test
    fun aRateLimitedClientWaitsForTheWindowAtLeast() {
        assertEquals(4029, CloseCode.RATE_LIMITED.code)
        assertEquals(ReconnectKind.BACKOFF, reconnectOf(4029).kind)
        for (draw in listOf(0.0, 0.5, 0.999)) {
            val step = nextStep(4029, 1, { draw })
            assertEquals(ReconnectAction.RECONNECT, step.action)
            assertTrue(step.delayMs >= 10_000, "$step")
        }
    }

    @Test
    fun theModerationLibrarysCodesAndTheStandardOnesAreTheChatsToo() {
        assertEquals(CloseCode.BANNED, CloseCode.find(4100))
        assertEquals(ReconnectStep(ReconnectAction.STOP, 0), nextStep(4100, 1, { 0.5 }))
        assertEquals(CloseCode.GOING_AWAY, CloseCode.find(1001))
        assertNull(CloseCode.find(4998))
    }
}
