package org.tenaga.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Course descriptions are Markdown written by people: whatever they contain comes out inert. */
class MarkdownRendererTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Test
  void scriptsHandlersAndDangerousLinksInACourseDescriptionComeOutInert() {
    String html = renderer.toSafeHtml("""
        # Data <script>alert('x')</script> basics

        <img src="x" onerror="alert(1)"> <iframe src="https://evil.example"></iframe>
        [click me](javascript:alert(document.cookie)) and <a href="data:text/html,<script>alert(2)</script>">data</a>

        <div style="background:url(javascript:alert(3))" onclick="steal()">styled</div>

        '; DROP TABLE course;-- and =cmd|' /C calc'!A0 stay as text.

        | a | b |
        |---|---|
        | <b onmouseover="x()">bold</b> | **ok** |
        """).toLowerCase(Locale.ROOT);
    // Raw HTML comes out as escaped text; no tag, handler or script URL survives as markup.
    for (String dangerous : new String[] {"<script", "<img", "<iframe", "<div", "href=\"javascript", "href=\"data", " onerror=", " onclick=",
        " onmouseover=", " style="}) {
      assertFalse(html.contains(dangerous), () -> dangerous + " survived: " + html);
    }
    assertTrue(html.contains("<h1>"), html);
    assertTrue(html.contains("<table>") && html.contains("<strong>ok</strong>"), "Markdown still works: " + html);
    assertTrue(html.contains("&lt;img src") && html.contains("drop table course;--") && html.contains("cmd|"), "the text is kept, escaped: " + html);
  }
}
