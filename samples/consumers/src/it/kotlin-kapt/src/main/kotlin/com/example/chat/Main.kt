package com.example.chat

import dev.closecodes.runtime.CloseCodeRegistry

fun main() {
    val event = ChatCloseEvents().roomFull("lobby")
    val description = CloseCodeRegistry.global().resolve(4002).description()
    println("kotlin ${event.code()} ${event.reason()} $description")
}
