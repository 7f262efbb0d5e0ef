package dev.closecodes.benchmarks;

import dev.closecodes.CloseCodes;
import dev.closecodes.Code;
import dev.closecodes.runtime.CloseEvent;

/** A realistic application set: sixteen codes spread over 4000-4099. */
@CloseCodes
public interface BenchCloses {
  @Code(value = 4000, reason = "Unauthorized")
  CloseEvent unauthorized();

  @Code(value = 4001, reason = "Session expired")
  CloseEvent sessionExpired();

  @Code(value = 4002, reason = "Room {room} is full")
  CloseEvent roomFull(String room);

  @Code(value = 4003, reason = "Kicked by {moderator}: {why}")
  CloseEvent kicked(String moderator, String why);

  @Code(value = 4004, reason = "Banned")
  CloseEvent banned();

  @Code(value = 4010, reason = "Room closed")
  CloseEvent roomClosed();

  @Code(value = 4011, reason = "Room renamed")
  CloseEvent roomRenamed();

  @Code(value = 4020, reason = "Client too old")
  CloseEvent clientTooOld();

  @Code(value = 4029, reason = "Too many messages")
  CloseEvent rateLimited();

  @Code(value = 4030, reason = "Duplicate session")
  CloseEvent duplicateSession();

  @Code(value = 4040, reason = "Room not found")
  CloseEvent roomNotFound();

  @Code(value = 4050, reason = "Maintenance")
  CloseEvent maintenance();

  @Code(value = 4060, reason = "Idle too long")
  CloseEvent idle();

  @Code(value = 4070, reason = "Invalid message")
  CloseEvent invalidMessage();

  @Code(value = 4080, reason = "Payment required")
  CloseEvent paymentRequired();

  @Code(value = 4099, reason = "Unknown error")
  CloseEvent unknownError();
}
