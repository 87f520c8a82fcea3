package org.heavylegs.formats.xml;

/**
 * An element of a TCX or GPX document that holds one recording (a TCX Activity, a GPX trk), with
 * the notes made while it is read.
 */
abstract class RecordedElement {
    final ReadNotes notes = new ReadNotes();
    final Recording recording = new Recording(notes);
}
