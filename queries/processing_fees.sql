-- Agencies that collected 信息处理费 under the 2020 fee rules, and what each report says about fees.
select agency, year, processing_fee, source(processing_fee) as stated_at
where processing_fee is not null
order by processing_fee desc, agency;
