-- The cross-year 勾稽 check: requests carried in this year should equal those carried out last year
-- (same agency, year - 1), as a self-join; consistent is null where last year's report is missing.
select r.agency, r.year, r.requests.carried_in as carried_in, p.requests.carried_out as carried_out_last_year,
       r.requests.carried_in = p.requests.carried_out as consistent
  from reports r left join reports p on p.agency = r.agency and p.year = r.year - 1
  order by consistent, r.agency, r.year;
