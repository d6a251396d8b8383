package org.tenaga.inclusion.web;

/**
 * One quarter of the explorer's trend: people certified ({@code null} when withheld, then
 * {@code display} holds the mark) and the share of women among them (0..1; {@code null} when
 * unknown or withheld). The chart and the table beside it both draw these points.
 */
public record TrendPoint(String quarter, Long people, String display, Double womenShare) {}
