import type { Lang } from '../data/schema';
import { plural } from './plural';

/** The words of the chart pages, the embeds and the Share dialog. */
const en = {
  backToDashboard: 'All charts on the dashboard',
  chartPageOf: (title: string) => `${title} — China's race for tech self-reliance`,
  figuresHeading: 'The figures and the sentences they come from',
  eventsHeading: 'Events in these sectors',
  eventsIntro: (n: number) => `${n} ${plural('en', n, { one: 'event', other: 'events' })} of the timeline in this chart's sectors.`,
  openOnTimeline: 'Open on the timeline',
  dataUpdated: (date: string) => `Data last updated ${date}`,
  fullChart: 'Full chart, data and sources',
  share: 'Share',
  shareTitle: (title: string) => `Share “${title}”`,
  close: 'Close',
  copy: 'Copy',
  copiedIt: 'Copied',
  copyFailed: 'Could not copy: select the text and copy it yourself.',
  chartLink: 'Link to this chart',
  viewLink: 'Link to this view of the dashboard (with its filters)',
  embed: 'Embed',
  embedHelp: 'Paste this into an article. The frame fills the width it is given; its page also tells the parent its height (see the README).',
  cite: 'Cite this chart',
  citePlain: 'Citation',
  citeBibtex: 'BibTeX',
  citeFigure: 'Cite this figure',
  accessed: 'Accessed',
  dataFrom: 'Data from',
  chartWord: 'chart',
  downloadsHeading: 'Download all data',
  downloadsIntro: (figures: number, events: number) =>
    `Every figure (${figures}) with its quote and source in one CSV, the ${events} events in another, and the JSON files themselves.`,
  downloadFigures: 'All figures (CSV)',
  downloadEvents: 'All events (CSV)',
  downloadJson: 'The data files (JSON)',
  downloadChartCsv: "This chart's figures (CSV)",
};

export type PageMessages = typeof en;

const vi: PageMessages = {
  backToDashboard: 'Tất cả biểu đồ trên bảng theo dõi',
  chartPageOf: (title) => `${title} — Cuộc đua tự chủ công nghệ của Trung Quốc`,
  figuresHeading: 'Các con số và câu văn gốc của chúng',
  eventsHeading: 'Các sự kiện trong những lĩnh vực này',
  eventsIntro: (n) => `${n} sự kiện trên dòng thời gian thuộc các lĩnh vực của biểu đồ này.`,
  openOnTimeline: 'Mở trên dòng thời gian',
  dataUpdated: (date) => `Số liệu cập nhật lần cuối ngày ${date}`,
  fullChart: 'Biểu đồ đầy đủ, số liệu và nguồn',
  share: 'Chia sẻ',
  shareTitle: (title) => `Chia sẻ “${title}”`,
  close: 'Đóng',
  copy: 'Sao chép',
  copiedIt: 'Đã sao chép',
  copyFailed: 'Không sao chép được: hãy chọn đoạn văn bản và tự sao chép.',
  chartLink: 'Đường dẫn tới biểu đồ này',
  viewLink: 'Đường dẫn tới bảng theo dõi như đang xem (kèm bộ lọc)',
  embed: 'Nhúng',
  embedHelp: 'Dán đoạn mã này vào bài viết. Khung hình giãn theo chiều rộng được dành cho nó; trang nhúng cũng báo chiều cao của mình cho trang chứa (xem README).',
  cite: 'Trích dẫn biểu đồ này',
  citePlain: 'Trích dẫn',
  citeBibtex: 'BibTeX',
  citeFigure: 'Trích dẫn con số này',
  accessed: 'Truy cập ngày',
  dataFrom: 'Số liệu lấy từ',
  chartWord: 'biểu đồ',
  downloadsHeading: 'Tải toàn bộ số liệu',
  downloadsIntro: (figures, events) =>
    `Mọi con số (${figures}) kèm trích dẫn và nguồn trong một tệp CSV, ${events} sự kiện trong một tệp khác, và chính các tệp JSON.`,
  downloadFigures: 'Mọi con số (CSV)',
  downloadEvents: 'Mọi sự kiện (CSV)',
  downloadJson: 'Các tệp số liệu (JSON)',
  downloadChartCsv: 'Các con số của biểu đồ này (CSV)',
};

export const PAGE_MESSAGES: Record<Lang, PageMessages> = { en, vi };
