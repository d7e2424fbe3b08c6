/**
 * Hand-checked deadlines over the real calendar data and the Kyzylorda provider (09:00–18:30,
 * lunch 13:00–14:30, UTC+6 until 20.12.2018 and UTC+5 from 21.12.2018). Each skipped day is
 * written as "date reason"; `counted` lists decreed working weekend days that were used.
 */
import { describe, expect, test } from 'vitest';

import { addDuration, type DurationUnit } from '../../src/calendar/index.js';
import { loadKyzylorda, realCalendar } from './helpers.js';

interface DeadlineCase {
  name: string;
  start: string;
  amount: number;
  unit: DurationUnit;
  due: string;
  skipped: string[];
  counted?: string[];
  provisional?: boolean;
}

const calendar = realCalendar();
const kyzylorda = loadKyzylorda();

const WORKING_DAY_CASES: DeadlineCase[] = [
  // 2017
  {
    name: 'Fri 17.03.2017 + 6 wd: working Saturday counts, Наурыз skipped',
    start: '2017-03-17T10:00:00+06:00', amount: 6, unit: 'working-days', due: '2017-03-30T18:30:00+06:00',
    skipped: ['2017-03-19 weekend', '2017-03-20 transferred-day-off', '2017-03-21 holiday', '2017-03-22 holiday',
      '2017-03-23 holiday', '2017-03-25 weekend', '2017-03-26 weekend'],
    counted: ['2017-03-18'],
  },
  {
    name: 'New Year 2017 on Sunday moves to 3 January',
    start: '2017-01-02T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2017-01-04T18:30:00+06:00',
    skipped: ['2017-01-03 moved-day-off'],
  },
  {
    name: '7 January 2017 on Saturday is not moved',
    start: '2017-01-06T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2017-01-09T18:30:00+06:00',
    skipped: ['2017-01-07 religious-holiday', '2017-01-08 weekend'],
  },
  {
    name: '8 March 2017 on Wednesday',
    start: '2017-03-07T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2017-03-09T18:30:00+06:00',
    skipped: ['2017-03-08 holiday'],
  },
  {
    name: '1 May 2017 on Monday',
    start: '2017-04-28T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2017-05-02T18:30:00+06:00',
    skipped: ['2017-04-29 weekend', '2017-04-30 weekend', '2017-05-01 holiday'],
  },
  {
    name: '7 May 2017 on Sunday moves to 8 May before Victory Day',
    start: '2017-05-05T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2017-05-10T18:30:00+06:00',
    skipped: ['2017-05-06 weekend', '2017-05-07 holiday', '2017-05-08 moved-day-off', '2017-05-09 holiday'],
  },
  {
    name: 'working Saturday 01.07.2017 counts',
    start: '2017-06-30T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2017-07-01T18:30:00+06:00',
    skipped: [], counted: ['2017-07-01'],
  },
  {
    name: 'Capital Day and transferred 07.07.2017',
    start: '2017-07-05T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2017-07-10T18:30:00+06:00',
    skipped: ['2017-07-06 holiday', '2017-07-07 transferred-day-off', '2017-07-08 weekend', '2017-07-09 weekend'],
  },
  {
    name: 'Constitution Day 30.08.2017',
    start: '2017-08-29T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2017-08-31T18:30:00+06:00',
    skipped: ['2017-08-30 holiday'],
  },
  {
    name: 'Kurban Ait 01.09.2017 on Friday',
    start: '2017-08-31T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2017-09-04T18:30:00+06:00',
    skipped: ['2017-09-01 religious-holiday', '2017-09-02 weekend', '2017-09-03 weekend'],
  },
  {
    name: 'First President Day 01.12.2017',
    start: '2017-11-30T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2017-12-04T18:30:00+06:00',
    skipped: ['2017-12-01 holiday', '2017-12-02 weekend', '2017-12-03 weekend'],
  },
  {
    name: '16–17 December 2017 on a weekend move to 18–19',
    start: '2017-12-15T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2017-12-20T18:30:00+06:00',
    skipped: ['2017-12-16 holiday', '2017-12-17 holiday', '2017-12-18 moved-day-off', '2017-12-19 moved-day-off'],
  },
  // 2018
  {
    name: 'working Saturday 03.03.2018 counts',
    start: '2018-03-02T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2018-03-03T18:30:00+06:00',
    skipped: [], counted: ['2018-03-03'],
  },
  {
    name: '8 March and transferred 09.03.2018',
    start: '2018-03-07T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2018-03-12T18:30:00+06:00',
    skipped: ['2018-03-08 holiday', '2018-03-09 transferred-day-off', '2018-03-10 weekend', '2018-03-11 weekend'],
  },
  {
    name: 'transfer 30.04 ← 28.04.2018 and 1 May',
    start: '2018-04-27T10:00:00+06:00', amount: 2, unit: 'working-days', due: '2018-05-02T18:30:00+06:00',
    skipped: ['2018-04-29 weekend', '2018-04-30 transferred-day-off', '2018-05-01 holiday'],
    counted: ['2018-04-28'],
  },
  {
    name: 'transfer 08.05 ← 05.05.2018 between 7 and 9 May',
    start: '2018-05-04T10:00:00+06:00', amount: 3, unit: 'working-days', due: '2018-05-11T18:30:00+06:00',
    skipped: ['2018-05-06 weekend', '2018-05-07 holiday', '2018-05-08 transferred-day-off', '2018-05-09 holiday'],
    counted: ['2018-05-05'],
  },
  {
    name: 'Kurban Ait 21.08.2018 on Tuesday',
    start: '2018-08-20T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2018-08-22T18:30:00+06:00',
    skipped: ['2018-08-21 religious-holiday'],
  },
  {
    name: 'working Saturday 25.08.2018 counts',
    start: '2018-08-24T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2018-08-25T18:30:00+06:00',
    skipped: [], counted: ['2018-08-25'],
  },
  {
    name: 'Constitution Day and transferred 31.08.2018',
    start: '2018-08-29T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2018-09-03T18:30:00+06:00',
    skipped: ['2018-08-30 holiday', '2018-08-31 transferred-day-off', '2018-09-01 weekend', '2018-09-02 weekend'],
  },
  {
    name: '1 December 2018 on Saturday moves to 3 December',
    start: '2018-11-30T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2018-12-04T18:30:00+06:00',
    skipped: ['2018-12-01 holiday', '2018-12-02 weekend', '2018-12-03 moved-day-off'],
  },
  {
    name: '16 December 2018 on Sunday moves past 17 to 18 December',
    start: '2018-12-14T10:00:00+06:00', amount: 1, unit: 'working-days', due: '2018-12-19T18:30:00+06:00',
    skipped: ['2018-12-15 weekend', '2018-12-16 holiday', '2018-12-17 holiday', '2018-12-18 moved-day-off'],
  },
  {
    name: 'working Saturday 29.12.2018 after the offset change',
    start: '2018-12-27T10:00:00+05:00', amount: 2, unit: 'working-days', due: '2018-12-29T18:30:00+05:00',
    skipped: [], counted: ['2018-12-29'],
  },
  {
    name: 'transferred 31.12.2018 and New Year 2019',
    start: '2018-12-29T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2019-01-03T18:30:00+05:00',
    skipped: ['2018-12-30 weekend', '2018-12-31 transferred-day-off', '2019-01-01 holiday', '2019-01-02 holiday'],
  },
  // 2019
  {
    name: 'Наурыз 2019 with 23 March on Saturday',
    start: '2019-03-20T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2019-03-26T18:30:00+05:00',
    skipped: ['2019-03-21 holiday', '2019-03-22 holiday', '2019-03-23 holiday', '2019-03-24 weekend',
      '2019-03-25 moved-day-off'],
  },
  {
    name: 'working Saturday 04.05.2019 counts',
    start: '2019-05-03T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2019-05-04T18:30:00+05:00',
    skipped: [], counted: ['2019-05-04'],
  },
  {
    name: 'Victory Day and transferred 10.05.2019',
    start: '2019-05-08T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2019-05-13T18:30:00+05:00',
    skipped: ['2019-05-09 holiday', '2019-05-10 transferred-day-off', '2019-05-11 weekend', '2019-05-12 weekend'],
  },
  {
    name: 'Capital Day 2019 on Saturday moves to 8 July',
    start: '2019-07-05T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2019-07-09T18:30:00+05:00',
    skipped: ['2019-07-06 holiday', '2019-07-07 weekend', '2019-07-08 moved-day-off'],
  },
  {
    name: 'Kurban Ait 11.08.2019 on Sunday is not moved',
    start: '2019-08-09T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2019-08-12T18:30:00+05:00',
    skipped: ['2019-08-10 weekend', '2019-08-11 religious-holiday'],
  },
  {
    name: '1 December 2019 on Sunday moves to 2 December',
    start: '2019-11-29T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2019-12-03T18:30:00+05:00',
    skipped: ['2019-11-30 weekend', '2019-12-01 holiday', '2019-12-02 moved-day-off'],
  },
  {
    name: '16–17 December 2019 on Monday–Tuesday',
    start: '2019-12-13T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2019-12-18T18:30:00+05:00',
    skipped: ['2019-12-14 weekend', '2019-12-15 weekend', '2019-12-16 holiday', '2019-12-17 holiday'],
  },
  // 2020
  {
    name: 'working Sunday 05.01.2020 counts',
    start: '2019-12-31T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2020-01-05T18:30:00+05:00',
    skipped: ['2020-01-01 holiday', '2020-01-02 holiday', '2020-01-03 transferred-day-off', '2020-01-04 weekend'],
    counted: ['2020-01-05'],
  },
  {
    name: '7 January 2020 on Tuesday',
    start: '2020-01-06T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2020-01-08T18:30:00+05:00',
    skipped: ['2020-01-07 religious-holiday'],
  },
  {
    name: '8 March 2020 on Sunday moves to 9 March',
    start: '2020-03-06T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2020-03-10T18:30:00+05:00',
    skipped: ['2020-03-07 weekend', '2020-03-08 holiday', '2020-03-09 moved-day-off'],
  },
  {
    name: 'Наурыз 2020 on a weekend chains to 24–25 March',
    start: '2020-03-20T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2020-03-26T18:30:00+05:00',
    skipped: ['2020-03-21 holiday', '2020-03-22 holiday', '2020-03-23 holiday', '2020-03-24 moved-day-off',
      '2020-03-25 moved-day-off'],
  },
  {
    name: 'Victory Day 2020 day off on Friday 8 May',
    start: '2020-05-06T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2020-05-11T18:30:00+05:00',
    skipped: ['2020-05-07 holiday', '2020-05-08 moved-day-off', '2020-05-09 holiday', '2020-05-10 weekend'],
  },
  {
    name: 'Kurban Ait 31.07.2020 on Friday',
    start: '2020-07-30T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2020-08-03T18:30:00+05:00',
    skipped: ['2020-07-31 religious-holiday', '2020-08-01 weekend', '2020-08-02 weekend'],
  },
  {
    name: 'Constitution Day 2020 on Sunday moves to 31 August',
    start: '2020-08-28T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2020-09-01T18:30:00+05:00',
    skipped: ['2020-08-29 weekend', '2020-08-30 holiday', '2020-08-31 moved-day-off'],
  },
  {
    name: 'working Sunday 20.12.2020 counts',
    start: '2020-12-15T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2020-12-20T18:30:00+05:00',
    skipped: ['2020-12-16 holiday', '2020-12-17 holiday', '2020-12-18 transferred-day-off', '2020-12-19 weekend'],
    counted: ['2020-12-20'],
  },
  // 2021
  {
    name: '2 January 2021 on Saturday moves to 4 January',
    start: '2020-12-31T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2021-01-05T18:30:00+05:00',
    skipped: ['2021-01-01 holiday', '2021-01-02 holiday', '2021-01-03 weekend', '2021-01-04 moved-day-off'],
  },
  {
    name: 'Наурыз 2021 with 21 March on Sunday',
    start: '2021-03-19T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2021-03-25T18:30:00+05:00',
    skipped: ['2021-03-20 weekend', '2021-03-21 holiday', '2021-03-22 holiday', '2021-03-23 holiday',
      '2021-03-24 moved-day-off'],
  },
  {
    name: '1 May 2021 on Saturday moves to 3 May',
    start: '2021-04-30T10:00:00+05:00', amount: 3, unit: 'working-days', due: '2021-05-06T18:30:00+05:00',
    skipped: ['2021-05-01 holiday', '2021-05-02 weekend', '2021-05-03 moved-day-off'],
  },
  {
    name: '9 May 2021 on Sunday moves to 10 May',
    start: '2021-05-06T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2021-05-11T18:30:00+05:00',
    skipped: ['2021-05-07 holiday', '2021-05-08 weekend', '2021-05-09 holiday', '2021-05-10 moved-day-off'],
  },
  {
    name: 'working Saturday 03.07.2021 counts',
    start: '2021-07-02T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2021-07-03T18:30:00+05:00',
    skipped: [], counted: ['2021-07-03'],
  },
  {
    name: 'start on working Saturday 03.07.2021',
    start: '2021-07-03T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2021-07-07T18:30:00+05:00',
    skipped: ['2021-07-04 weekend', '2021-07-05 transferred-day-off', '2021-07-06 holiday'],
  },
  {
    name: 'Kurban Ait 20.07.2021 on Tuesday',
    start: '2021-07-19T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2021-07-21T18:30:00+05:00',
    skipped: ['2021-07-20 religious-holiday'],
  },
  {
    name: 'First President Day 01.12.2021, still a holiday',
    start: '2021-11-30T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2021-12-02T18:30:00+05:00',
    skipped: ['2021-12-01 holiday'],
  },
  {
    name: '16–17 December 2021, before the 2022 law',
    start: '2021-12-15T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2021-12-20T18:30:00+05:00',
    skipped: ['2021-12-16 holiday', '2021-12-17 holiday', '2021-12-18 weekend', '2021-12-19 weekend'],
  },
  // 2022
  {
    name: 'New Year 2022 on a weekend moves to 3–4 January',
    start: '2021-12-31T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2022-01-05T18:30:00+05:00',
    skipped: ['2022-01-01 holiday', '2022-01-02 holiday', '2022-01-03 moved-day-off', '2022-01-04 moved-day-off'],
  },
  {
    name: 'transfer 07.03 ← 05.03.2022 and 8 March',
    start: '2022-03-04T10:00:00+05:00', amount: 2, unit: 'working-days', due: '2022-03-09T18:30:00+05:00',
    skipped: ['2022-03-06 weekend', '2022-03-07 transferred-day-off', '2022-03-08 holiday'],
    counted: ['2022-03-05'],
  },
  {
    name: '7 May 2022 on Saturday moves past Victory Day to 10 May',
    start: '2022-05-06T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2022-05-11T18:30:00+05:00',
    skipped: ['2022-05-07 holiday', '2022-05-08 weekend', '2022-05-09 holiday', '2022-05-10 moved-day-off'],
  },
  {
    name: 'Kurban Ait 09.07.2022 on Saturday is not moved',
    start: '2022-07-08T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2022-07-11T18:30:00+05:00',
    skipped: ['2022-07-09 religious-holiday', '2022-07-10 weekend'],
  },
  {
    name: 'transfer 29.08 ← 27.08.2022 and Constitution Day',
    start: '2022-08-26T10:00:00+05:00', amount: 2, unit: 'working-days', due: '2022-08-31T18:30:00+05:00',
    skipped: ['2022-08-28 weekend', '2022-08-29 transferred-day-off', '2022-08-30 holiday'],
    counted: ['2022-08-27'],
  },
  {
    name: 'Republic Day 2022 with working Saturday 22 October',
    start: '2022-10-21T10:00:00+05:00', amount: 2, unit: 'working-days', due: '2022-10-26T18:30:00+05:00',
    skipped: ['2022-10-23 weekend', '2022-10-24 transferred-day-off', '2022-10-25 holiday'],
    counted: ['2022-10-22'],
  },
  {
    name: '1 December 2022 is a working day',
    start: '2022-11-30T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2022-12-01T18:30:00+05:00',
    skipped: [],
  },
  {
    name: '17 December 2022 is no holiday and 19 December works',
    start: '2022-12-15T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2022-12-19T18:30:00+05:00',
    skipped: ['2022-12-16 holiday', '2022-12-17 weekend', '2022-12-18 weekend'],
  },
  // 2023
  {
    name: 'New Year 2023 on Sunday moves past 2 January to 3 January',
    start: '2022-12-30T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2023-01-04T18:30:00+05:00',
    skipped: ['2022-12-31 weekend', '2023-01-01 holiday', '2023-01-02 holiday', '2023-01-03 moved-day-off'],
  },
  {
    name: 'Kurban Ait 28.06.2023 on Wednesday',
    start: '2023-06-27T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2023-06-29T18:30:00+05:00',
    skipped: ['2023-06-28 religious-holiday'],
  },
  {
    name: 'working Saturday 01.07.2023 counts',
    start: '2023-06-30T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2023-07-01T18:30:00+05:00',
    skipped: [], counted: ['2023-07-01'],
  },
  {
    name: 'Capital Day and transferred 07.07.2023',
    start: '2023-07-05T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2023-07-10T18:30:00+05:00',
    skipped: ['2023-07-06 holiday', '2023-07-07 transferred-day-off', '2023-07-08 weekend', '2023-07-09 weekend'],
  },
  {
    name: 'Republic Day 25.10.2023 on Wednesday',
    start: '2023-10-24T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2023-10-26T18:30:00+05:00',
    skipped: ['2023-10-25 holiday'],
  },
  {
    name: '16 December 2023 on Saturday moves to 18 December',
    start: '2023-12-15T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2023-12-19T18:30:00+05:00',
    skipped: ['2023-12-16 holiday', '2023-12-17 weekend', '2023-12-18 moved-day-off'],
  },
  // 2024
  {
    name: 'Наурыз 2024 with 23 March on Saturday',
    start: '2024-03-20T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2024-03-26T18:30:00+05:00',
    skipped: ['2024-03-21 holiday', '2024-03-22 holiday', '2024-03-23 holiday', '2024-03-24 weekend',
      '2024-03-25 moved-day-off'],
  },
  {
    name: 'filed Saturday 13.04.2024 + 5 wd',
    start: '2024-04-13T10:00:00+05:00', amount: 5, unit: 'working-days', due: '2024-04-19T18:30:00+05:00',
    skipped: ['2024-04-14 weekend'],
  },
  {
    name: 'filed Friday 13.12.2024 + 1 wd over Independence Day',
    start: '2024-12-13T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2024-12-17T18:30:00+05:00',
    skipped: ['2024-12-14 weekend', '2024-12-15 weekend', '2024-12-16 holiday'],
  },
  {
    name: 'filed Saturday 13.04.2024 + 0 wd',
    start: '2024-04-13T10:00:00+05:00', amount: 0, unit: 'working-days', due: '2024-04-15T18:30:00+05:00',
    skipped: ['2024-04-13 weekend', '2024-04-14 weekend'],
  },
  {
    name: 'filed Monday 15.04.2024 + 0 wd',
    start: '2024-04-15T10:00:00+05:00', amount: 0, unit: 'working-days', due: '2024-04-15T18:30:00+05:00',
    skipped: [],
  },
  {
    name: 'working Saturday 04.05.2024 counts',
    start: '2024-05-03T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2024-05-04T18:30:00+05:00',
    skipped: [], counted: ['2024-05-04'],
  },
  {
    name: 'transferred Wednesday 08.05.2024 between 7 and 9 May',
    start: '2024-05-06T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2024-05-10T18:30:00+05:00',
    skipped: ['2024-05-07 holiday', '2024-05-08 transferred-day-off', '2024-05-09 holiday'],
  },
  {
    name: 'Kurban Ait 16.06.2024 on Sunday, 17 June works',
    start: '2024-06-14T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2024-06-17T18:30:00+05:00',
    skipped: ['2024-06-15 weekend', '2024-06-16 religious-holiday'],
  },
  {
    name: 'Capital Day 2024 on Saturday moves to 8 July',
    start: '2024-07-05T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2024-07-09T18:30:00+05:00',
    skipped: ['2024-07-06 holiday', '2024-07-07 weekend', '2024-07-08 moved-day-off'],
  },
  // 2025
  {
    name: 'working Sunday 05.01.2025 counts',
    start: '2024-12-31T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2025-01-05T18:30:00+05:00',
    skipped: ['2025-01-01 holiday', '2025-01-02 holiday', '2025-01-03 transferred-day-off', '2025-01-04 weekend'],
    counted: ['2025-01-05'],
  },
  {
    name: 'start on working Sunday 05.01.2025',
    start: '2025-01-05T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2025-01-06T18:30:00+05:00',
    skipped: [],
  },
  {
    name: '8 March 2025 on Saturday moves to 10 March',
    start: '2025-03-07T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2025-03-11T18:30:00+05:00',
    skipped: ['2025-03-08 holiday', '2025-03-09 weekend', '2025-03-10 moved-day-off'],
  },
  {
    name: 'Наурыз 2025 on Friday to Sunday moves to 24–25 March',
    start: '2025-03-20T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2025-03-26T18:30:00+05:00',
    skipped: ['2025-03-21 holiday', '2025-03-22 holiday', '2025-03-23 holiday', '2025-03-24 moved-day-off',
      '2025-03-25 moved-day-off'],
  },
  {
    name: 'Constitution Day 2025 on Saturday moves to 1 September',
    start: '2025-08-29T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2025-09-02T18:30:00+05:00',
    skipped: ['2025-08-30 holiday', '2025-08-31 weekend', '2025-09-01 moved-day-off'],
  },
  {
    name: 'Republic Day 2025 on Saturday moves to 27 October',
    start: '2025-10-24T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2025-10-28T18:30:00+05:00',
    skipped: ['2025-10-25 holiday', '2025-10-26 weekend', '2025-10-27 moved-day-off'],
  },
  // 2026, provisional
  {
    name: 'Наурыз 2026 on Saturday–Sunday chains to 24–25 March',
    start: '2026-03-20T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2026-03-26T18:30:00+05:00',
    skipped: ['2026-03-21 holiday', '2026-03-22 holiday', '2026-03-23 holiday', '2026-03-24 moved-day-off',
      '2026-03-25 moved-day-off'],
    provisional: true,
  },
  {
    name: '16 March 2026 is a working day (reading used)',
    start: '2026-03-13T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2026-03-16T18:30:00+05:00',
    skipped: ['2026-03-14 weekend', '2026-03-15 weekend'],
    provisional: true,
  },
  {
    name: '31 August 2026 is a working day (reading used)',
    start: '2026-08-28T10:00:00+05:00', amount: 1, unit: 'working-days', due: '2026-08-31T18:30:00+05:00',
    skipped: ['2026-08-29 weekend', '2026-08-30 weekend'],
    provisional: true,
  },
  {
    name: 'late 2025 reaching 2026 is provisional',
    start: '2025-12-30T10:00:00+05:00', amount: 2, unit: 'working-days', due: '2026-01-05T18:30:00+05:00',
    skipped: ['2026-01-01 holiday', '2026-01-02 holiday', '2026-01-03 weekend', '2026-01-04 weekend'],
    provisional: true,
  },
];

const WORKING_TIME_CASES: DeadlineCase[] = [
  {
    name: 'two hours across lunch',
    start: '2017-03-16T12:00:00+06:00', amount: 2, unit: 'hours', due: '2017-03-16T15:30:00+06:00', skipped: [],
  },
  {
    name: 'two hours across a night',
    start: '2017-03-16T17:30:00+06:00', amount: 2, unit: 'hours', due: '2017-03-17T10:00:00+06:00', skipped: [],
  },
  {
    name: 'two hours into working Saturday 18.03.2017',
    start: '2017-03-17T17:30:00+06:00', amount: 2, unit: 'hours', due: '2017-03-18T10:00:00+06:00',
    skipped: [], counted: ['2017-03-18'],
  },
  {
    name: 'four hours from working Saturday over Наурыз',
    start: '2017-03-18T17:00:00+06:00', amount: 4, unit: 'hours', due: '2017-03-24T11:30:00+06:00',
    skipped: ['2017-03-19 weekend', '2017-03-20 transferred-day-off', '2017-03-21 holiday', '2017-03-22 holiday',
      '2017-03-23 holiday'],
    counted: ['2017-03-18'],
  },
  {
    name: 'twenty minutes across lunch',
    start: '2017-03-16T12:50:00+06:00', amount: 20, unit: 'minutes', due: '2017-03-16T14:40:00+06:00', skipped: [],
  },
  {
    name: 'thirty minutes from 18:15 continue next morning',
    start: '2017-03-16T18:15:00+06:00', amount: 30, unit: 'minutes', due: '2017-03-17T09:15:00+06:00', skipped: [],
  },
  {
    name: 'sixty minutes that end exactly at closing',
    start: '2017-03-16T17:30:00+06:00', amount: 60, unit: 'minutes', due: '2017-03-16T18:30:00+06:00', skipped: [],
  },
  {
    name: 'zero hours during lunch wait for 14:30',
    start: '2017-03-16T13:10:00+06:00', amount: 0, unit: 'hours', due: '2017-03-16T14:30:00+06:00', skipped: [],
  },
  {
    name: 'eight hours fill one working day',
    start: '2024-04-15T09:00:00+05:00', amount: 8, unit: 'hours', due: '2024-04-15T18:30:00+05:00', skipped: [],
  },
  {
    name: 'two hours across the December 2018 offset change',
    start: '2018-12-20T17:00:00+06:00', amount: 2, unit: 'hours', due: '2018-12-21T09:30:00+05:00', skipped: [],
  },
  {
    name: 'twenty minutes from a Saturday filing',
    start: '2024-04-13T11:00:00+05:00', amount: 20, unit: 'minutes', due: '2024-04-15T09:20:00+05:00',
    skipped: ['2024-04-13 weekend', '2024-04-14 weekend'],
  },
  {
    name: 'two hours given in UTC',
    start: '2017-03-16T06:00:00Z', amount: 2, unit: 'hours', due: '2017-03-16T15:30:00+06:00', skipped: [],
  },
];

const CALENDAR_DAY_CASES: DeadlineCase[] = [
  {
    name: 'three calendar days ending on Saturday',
    start: '2024-04-10T10:00:00+05:00', amount: 3, unit: 'calendar-days', due: '2024-04-15T18:30:00+05:00',
    skipped: ['2024-04-13 weekend', '2024-04-14 weekend'],
  },
  {
    name: 'three calendar days ending on working Saturday',
    start: '2017-06-28T10:00:00+06:00', amount: 3, unit: 'calendar-days', due: '2017-07-01T18:30:00+06:00',
    skipped: [], counted: ['2017-07-01'],
  },
  {
    name: 'three calendar days ending on Independence Day',
    start: '2024-12-13T10:00:00+05:00', amount: 3, unit: 'calendar-days', due: '2024-12-17T18:30:00+05:00',
    skipped: ['2024-12-16 holiday'],
  },
  {
    name: 'zero calendar days on a Sunday',
    start: '2024-04-14T10:00:00+05:00', amount: 0, unit: 'calendar-days', due: '2024-04-15T18:30:00+05:00',
    skipped: ['2024-04-14 weekend'],
  },
  {
    name: 'three calendar days across the offset change',
    start: '2018-12-19T10:00:00+06:00', amount: 3, unit: 'calendar-days', due: '2018-12-24T18:30:00+05:00',
    skipped: ['2018-12-22 weekend', '2018-12-23 weekend'],
  },
  {
    name: 'ten calendar days ending on a moved day off',
    start: '2024-03-15T10:00:00+05:00', amount: 10, unit: 'calendar-days', due: '2024-03-26T18:30:00+05:00',
    skipped: ['2024-03-25 moved-day-off'],
  },
];

function checkCase(testCase: DeadlineCase): void {
  const result = addDuration(testCase.start, { amount: testCase.amount, unit: testCase.unit }, calendar, kyzylorda);

  expect(result.due).toBe(testCase.due);
  expect(result.skipped.map((day) => `${day.date} ${day.reason}`)).toEqual(testCase.skipped);
  expect(result.countedWeekendDays.map((day) => day.date)).toEqual(testCase.counted ?? []);
  expect(result.provisional).toBe(testCase.provisional ?? false);
}

describe('working-days deadlines', () => {
  test.each(WORKING_DAY_CASES.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
    checkCase(testCase);
  });
});

describe('working-time deadlines', () => {
  test.each(WORKING_TIME_CASES.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
    checkCase(testCase);
  });
});

describe('calendar-days deadlines', () => {
  test.each(CALENDAR_DAY_CASES.map((testCase) => [testCase.name, testCase] as const))('%s', (_name, testCase) => {
    checkCase(testCase);
  });
});

test('case table has at least 60 cases', () => {
  expect(WORKING_DAY_CASES.length + WORKING_TIME_CASES.length + CALENDAR_DAY_CASES.length).toBeGreaterThanOrEqual(60);
});
