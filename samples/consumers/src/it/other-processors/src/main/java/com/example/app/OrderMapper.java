package com.example.app;

import org.mapstruct.Mapper;

/** Maps orders to views; MapStruct writes the implementation. */
@Mapper
public interface OrderMapper {
  OrderView view(Order order);
}
