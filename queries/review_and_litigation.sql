-- Administrative review and litigation over disclosure: how many cases, how many went against the agency.
select agency, year, review as 行政复议, review.corrected as 复议纠正,
       litigation as 行政诉讼, litigation.corrected as 诉讼纠正, litigation.correction_rate
where review is not null or litigation is not null
order by agency, year;
