/** The command line: one thin command class per subcommand, errors mapped to exit codes in one place. */
package org.caravan.cli;
