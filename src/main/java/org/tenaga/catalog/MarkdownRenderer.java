package org.tenaga.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Course descriptions: CommonMark (with tables) to HTML, then the OWASP sanitizer, so that a
 * course file can never put script or active content into a page.
 */
@ApplicationScoped
public class MarkdownRenderer {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.LINKS)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("pre", "code", "hr", "dl", "dt", "dd")
                  .toFactory());

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

  public String toSafeHtml(String markdown) {
    return POLICY.sanitize(renderer.render(parser.parse(markdown)));
  }
}
