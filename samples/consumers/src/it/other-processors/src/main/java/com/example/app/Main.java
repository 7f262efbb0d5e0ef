package com.example.app;

import dev.closecodes.runtime.CloseEvent;

/** Uses what each processor generated. */
public final class Main {

  public static void main(String[] args) {
    Order order = new Order("o-7", 1250);
    OrderView view = new OrderMapperImpl().view(order);
    CloseEvent paid = new ShopCloseEvents().paid(view.id());
    System.out.println("lombok " + order.getId() + ", mapstruct " + view.cents()
        + ", closecodes " + paid.code() + " " + paid.reason());
  }
}
