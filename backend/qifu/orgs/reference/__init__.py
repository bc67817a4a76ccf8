"""Reference data for organisations, pure and database-free: regions (GB/T 2260), industries
(GB/T 4754-2017), enterprise scale (统计上大中小微型企业划分办法(2017)) and the unified social
credit code."""
