-- Year-over-year change of new requests for each body: prev() is the same agency's value the year
-- before (null when that report is missing or the body has two reports for a year).
select agency, year, requests.new, prev(requests.new) as last_year,
       requests.new - prev(requests.new) as change
  order by change desc, agency, year;
