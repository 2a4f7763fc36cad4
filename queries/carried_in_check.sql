-- The cross-year 勾稽 check: requests carried in this year should equal those carried out last year
-- (same agency, year - 1), written as a self-join.
select r.agency, r.year, r.requests.carried_in as carried_in, p.requests.carried_out as carried_out_last_year
  from reports r join reports p on p.agency = r.agency and p.year = r.year - 1
  where r.requests.carried_in != p.requests.carried_out
  order by r.agency, r.year;
