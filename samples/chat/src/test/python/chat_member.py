"""A chat member in Python, on the websockets library.

It joins a room and, after each close, names the code through chat.py, the module the processor
generates for the chat endpoint, and does what the code's contract says: stop, or reconnect after
the delay the backoff gives. It prints one line of JSON per close.

    python3 chat_member.py 'ws://127.0.0.1:8080/ws?name=zoe' attic
"""

# snippet:start member
import asyncio
import json
import random
import sys
from typing import Tuple

# websockets 10 imports its top-level names lazily, which mypy cannot see: these modules hold them.
from websockets.client import connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from chat import Action, describe, next_step


async def member(uri: str, room: str) -> None:
    """Stays in room until a close whose contract says to stop."""
    attempt = 0  # the attempts in a row that did not open
    while True:
        try:
            code, reason = await visit(uri, room)
            attempt = 0
        except (OSError, InvalidHandshake):
            code, reason = 1006, ""  # a connection that did not open counts as 1006
        attempt += 1
        info = describe(code)
        step = next_step(code, attempt, random.random)
        print(json.dumps({"code": code, "name": info.name if info else None, "reason": reason,
                          "next": step.action.name}), flush=True)
        if step.action is Action.STOP:
            return
        # The chat's only credential is the member's name: NEW_CREDENTIALS reconnects as it is.
        await asyncio.sleep(step.delay_ms / 1000)
# snippet:end member


async def visit(uri: str, room: str) -> Tuple[int, str]:
    """One connection: joins room, and returns the code and reason it was closed with."""
    async with connect(uri) as connection:
        await connection.send("join " + room)
        try:
            async for message in connection:
                print(message, file=sys.stderr)
        except ConnectionClosed:
            pass  # a close with a code other than 1000 and 1001 ends the loop so
    # Set once the connection is closed, as it is here; typed as optional for before.
    code, reason = connection.close_code, connection.close_reason
    return (1006 if code is None else code), (reason or "")


if __name__ == "__main__":
    asyncio.run(member(sys.argv[1], sys.argv[2]))
