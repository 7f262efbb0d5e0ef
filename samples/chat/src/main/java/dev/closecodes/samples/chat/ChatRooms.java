package dev.closecodes.samples.chat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who is in which room; shared by every connection, so every method is synchronized. */
final class ChatRooms {

  private final int capacity;
  private final Map<String, Set<ChatEndpoint>> members = new HashMap<>();

  ChatRooms(int capacity) {
    this.capacity = capacity;
  }

  /** Adds {@code member} to {@code room}; false when the room is full. */
  synchronized boolean join(String room, ChatEndpoint member) {
    Set<ChatEndpoint> inRoom = members.computeIfAbsent(room, name -> new LinkedHashSet<>());
    if (inRoom.size() >= capacity && !inRoom.contains(member)) {
      return false;
    }
    inRoom.add(member);
    return true;
  }

  synchronized void leave(ChatEndpoint member) {
    members.values().forEach(inRoom -> inRoom.remove(member));
    members.values().removeIf(Set::isEmpty);
  }

  synchronized List<ChatEndpoint> inRoomOf(ChatEndpoint member) {
    for (Set<ChatEndpoint> inRoom : members.values()) {
      if (inRoom.contains(member)) {
        return new ArrayList<>(inRoom);
      }
    }
    return List.of(member);
  }

  synchronized List<ChatEndpoint> named(String name) {
    List<ChatEndpoint> found = new ArrayList<>();
    for (Set<ChatEndpoint> inRoom : members.values()) {
      for (ChatEndpoint member : inRoom) {
        if (member.name().equals(name)) {
          found.add(member);
        }
      }
    }
    return found;
  }
}
