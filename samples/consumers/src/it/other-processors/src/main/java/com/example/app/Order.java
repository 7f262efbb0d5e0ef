package com.example.app;

import lombok.Value;

/** An order, its accessors written by Lombok. */
@Value
public class Order {
  String id;
  long cents;
}
