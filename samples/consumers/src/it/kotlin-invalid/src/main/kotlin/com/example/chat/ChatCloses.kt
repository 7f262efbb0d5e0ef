package com.example.chat

import dev.closecodes.CloseCodes
import dev.closecodes.Code
import dev.closecodes.runtime.CloseEvent

@CloseCodes
interface ChatCloses {

    @Code(value = 1001, reason = "Going away")
    fun goingAway(): CloseEvent
}
