package com.example.bindings

import com.example.hostile.HostileCloseCode
import com.fasterxml.jackson.databind.ObjectMapper
import hostile.CloseCode
import java.io.File
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue

/**
 * The Kotlin bindings of endpoint "hostile", whose reason and description hold quotes,
 * backslashes, a template, comment ends, control and invisible characters and an emoji: Kotlin
 * reads them back as javac reads the declaration.
 */
class HostileBindingsTest {

    @Test
    fun theReasonReadsBackAsJavacReadsIt() {
        assertEquals(HostileCloseCode.AWKWARD.reason(), CloseCode.AWKWARD.reason)
        assertTrue(CloseCode.AWKWARD.reason.contains("\${room}"))
    }

    @Test
    fun theDescriptionReadsBackAsTheManifestHoldsIt() {
        val manifest = ObjectMapper().readTree(File("target/classes/META-INF/closecodes/hostile.json"))
        assertEquals(manifest["sets"][0]["codes"][0]["description"].asText(), CloseCode.AWKWARD.description)
    }
}
