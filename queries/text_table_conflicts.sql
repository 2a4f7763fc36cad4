-- Reports whose narrative states a figure that its own table contradicts, or where extraction left gaps.
select id, agency, warnings
where warnings is not null
order by id;
