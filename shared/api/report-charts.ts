// The charts a report draws, on screen and in the PDF, each from one of its tables: a chart
// never shows a number its table does not.
export interface ReportChartSpec {
  tableKey: string;
  columnKey: string;
  title: string;
  /** Months run along the bottom; categories are listed down the side. */
  layout: 'months' | 'categories';
}

export const reportCharts: readonly ReportChartSpec[] = [
  { tableKey: 'contacts.byMonth', columnKey: 'contacts', title: 'Contacts by month', layout: 'months' },
  {
    tableKey: 'reach.servedByMonth',
    columnKey: 'participants',
    title: 'Participants served by month',
    layout: 'months',
  },
  { tableKey: 'contacts.byModality', columnKey: 'contacts', title: 'Contacts by way of meeting', layout: 'categories' },
  { tableKey: 'contacts.byFunction', columnKey: 'contacts', title: 'Contacts by key function', layout: 'categories' },
  {
    tableKey: 'demographics.ageBand',
    columnKey: 'participants',
    title: 'Participants served by age',
    layout: 'categories',
  },
  {
    tableKey: 'demographics.gender',
    columnKey: 'participants',
    title: 'Participants served by gender',
    layout: 'categories',
  },
];
