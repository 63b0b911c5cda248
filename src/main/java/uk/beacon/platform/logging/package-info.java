/**
 * Logback converters that Beacon's log configuration ({@code logback-spring.xml}) puts in place of the message and
 * exception conversion words, so that nothing logged, whatever input it quotes, can break or forge a log line.
 */
package uk.beacon.platform.logging;
