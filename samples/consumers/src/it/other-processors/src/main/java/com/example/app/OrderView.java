package com.example.app;

/** What a client sees of an order. */
public record OrderView(String id, long cents) {}
