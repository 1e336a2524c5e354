import { LANGS } from './data/ids';
import { loadMessages } from './i18n/messages';

// Unit tests read both languages' messages, as the build does.
await Promise.all(LANGS.map(loadMessages));
