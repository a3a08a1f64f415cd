/** Every id the manifest and the code share, in one place. */
export const LANGUAGE_ID = 'press-release';

export const enum CommandId {
  OpenSample = 'readout.openSample',
  ReadAsPressRelease = 'readout.readAsPressRelease',
  ShowMentions = 'readout.showMentions',
  AddToKnowledgeBase = 'readout.addToKnowledgeBase',
  MeetingsByDate = 'readout.meetings.groupByDate',
  MeetingsByParticipant = 'readout.meetings.groupByParticipant',
  MeetingsByOrganization = 'readout.meetings.groupByOrganization',
  TagSelection = 'readout.tagSelection',
  RemoveTag = 'readout.removeTag',
  EditNote = 'readout.editNote',
  NextTag = 'readout.nextTag',
  PreviousTag = 'readout.previousTag',
  TagQuotesBySpeaker = 'readout.tagQuotesBySpeaker',
  UndoLastTag = 'readout.undoLastTag',
  EditCodebook = 'readout.editCodebook',
  ReattachTag = 'readout.reattachTag',
  AutoCode = 'readout.autoCode',
  ExportAnnotations = 'readout.exportAnnotations',
}
