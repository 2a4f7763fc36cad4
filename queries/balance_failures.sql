-- Reports whose table 三 breaks the 勾稽关系 (一 + 二 = 三（七） + 四) or another check, and those whose
-- checks could not be made (a table pasted as an image): the first list a third-party evaluator asks for.
select id, agency, year, check.ok, check.balance, check.rows, check.processed, check.review
where check.ok is null or not check.ok
order by agency, year;
