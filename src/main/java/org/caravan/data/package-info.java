/** What every data-file reader shares: the lines of a tab-separated file, with their numbers. */
package org.caravan.data;
