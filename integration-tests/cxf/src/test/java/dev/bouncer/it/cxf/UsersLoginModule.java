package dev.bouncer.it.cxf;

import java.util.List;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

/** A JAAS login module for {@link Users}: the password is the user's name. */
public final class UsersLoginModule implements LoginModule {
  private Subject subject;
  private CallbackHandler handler;
  private String user;

  @Override
  public void initialize(
      Subject subject,
      CallbackHandler handler,
      Map<String, ?> sharedState,
      Map<String, ?> options) {
    this.subject = subject;
    this.handler = handler;
  }

  @Override
  public boolean login() throws LoginException {
    if (handler == null) {
      throw new FailedLoginException("no credentials");
    }
    NameCallback name = new NameCallback("user");
    PasswordCallback password = new PasswordCallback("password", false);
    try {
      handler.handle(new Callback[] {name, password});
    } catch (Exception e) {
      throw new FailedLoginException("cannot read the credentials: " + e);
    }
    String given = name.getName();
    char[] secret = password.getPassword();
    if (given == null
        || secret == null
        || !Users.ROLES.containsKey(given)
        || !given.equals(new String(secret))) {
      throw new FailedLoginException("wrong user name or password");
    }
    user = given;
    return true;
  }

  @Override
  public boolean commit() {
    subject.getPrincipals().add(new Users.User(user));
    for (String role : Users.ROLES.getOrDefault(user, List.of())) {
      subject.getPrincipals().add(new Users.Role(role));
    }
    return true;
  }

  @Override
  public boolean abort() {
    user = null;
    return true;
  }

  @Override
  public boolean logout() {
    subject.getPrincipals().clear();
    return true;
  }
}
