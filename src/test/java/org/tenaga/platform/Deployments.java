package org.tenaga.platform;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, as Arquillian deploys it: tests run against the real thing. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive tenaga() {
    String war = System.getProperty("tenaga.war", "target/tenaga.war");
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
  }
}
