package com.example.bindings

// snippet:start delay-after
import chat.CloseCode
import chat.ReconnectAction
import chat.nextStep
import kotlin.random.Random

/** After a close with code: null to stop, else how long to wait before reconnecting, in ms. */
fun delayAfter(code: Int, attempt: Int): Long? {
    println(CloseCode.find(code)?.description ?: "unknown close $code")
    val step = nextStep(code, attempt, { Random.nextDouble() })
    return if (step.action == ReconnectAction.STOP) null else step.delayMs
}
// snippet:end delay-after
