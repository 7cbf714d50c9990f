package com.acme.shop;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every root resource is served under /api. */
@ApplicationPath("api/*")
public class ShopApplication extends Application {}
