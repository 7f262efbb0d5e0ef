package com.example.chat

import dev.closecodes.CloseCodes
import dev.closecodes.Code
import dev.closecodes.runtime.CloseEvent

/** Why the chat server ends a connection. */
@CloseCodes
interface ChatCloses {

    /** The room reached its member limit. */
    @Code(value = 4002, reason = "Room {room} is full")
    fun roomFull(room: String): CloseEvent
}
