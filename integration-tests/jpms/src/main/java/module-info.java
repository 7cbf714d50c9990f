/**
 * A Jersey application on the module path that uses Bouncer the way the docs tell users to.
 *
 * <p>{@code api}: exported to Bouncer's runtime (which creates the generated guards there) and opened
 * to Jersey and HK2 (which create and call the resources). {@code opened}: opened to everyone, which is
 * enough on its own. {@code hidden}: opened to Jersey and HK2 only, so Bouncer cannot create its
 * guards; its endpoints must answer 500, never run open.
 */
module dev.bouncer.it.jpms {
  requires dev.bouncer.runtime;
  requires jakarta.annotation;
  requires org.glassfish.jersey.core.server;
  requires org.glassfish.jersey.container.grizzly2.http;
  requires org.glassfish.grizzly.http.server;
  // No "requires static java.compiler": the processor leaves @Generated out of the generated
  // guards when the module does not read java.compiler, so the app compiles without it.

  exports dev.bouncer.it.jpms.api to
      dev.bouncer.runtime;

  opens dev.bouncer.it.jpms to
      org.glassfish.hk2.locator,
      org.glassfish.jersey.core.server;
  opens dev.bouncer.it.jpms.api to
      org.glassfish.hk2.locator,
      org.glassfish.jersey.core.server;
  opens dev.bouncer.it.jpms.opened;
  opens dev.bouncer.it.jpms.hidden to
      org.glassfish.hk2.locator,
      org.glassfish.jersey.core.server;
}
