"""holdout209, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发, 资料下载站. Invented text, written by hand."""

CASES = [
    dict(
        slug="wiki-wanxiang-entry-breadmaker-infobox-refs",
        site="万象百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.wanxiangbaike.com/item/面包机/30817",
        title="面包机",
        record_title="面包机（厨房电器）_万象百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, infobox, contents box, reference markers glued after "
        "sentences, an edit link glued to a section heading; the entry name opens the body (head match)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>面包机（厨房电器）_万象百科</title></head>
<body>
<div class="top">⟦m 万象百科 · 人人可编的知识库⟧ <a href="/login">⟦a 登录⟧</a></div>
<div class="tabs">⟦a 词条　讨论　编辑　历史版本⟧</div>
<h1>{T}</h1>
<div class="polysemy">⟦m 本词条为多义词，这里是厨房电器义项⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：面包机⟧</td></tr><tr><td>⟦m 类　别：厨房小家电⟧</td></tr><tr><td>⟦m 主要功能：和面、发酵、烘烤⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 工作原理　2 使用注意　3 发展⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 家用电器知识手册.篼江科技出版社⟧</p><p>⟦l [2] 厨房小家电选购与使用⟧</p></div>
<div class="stat">⟦m 浏览次数：18万　┊　编辑次数：23次　┊　最近更新：木棉花开⟧</div>
<div class="ft">⟦d 万象百科内容由网友共同编辑，如需引用请核实⟧</div>
</body></html>
""",
        body="""
面包机是一种能自动完成和面、发酵和烘烤的家用厨房电器，使用者按比例放入面粉、水、酵母等原料，选择程序后即可等待面包出炉。⟦m [1]⟧
工作原理⟦a 〔改写此节〕⟧
面包机内部设有可拆卸的面包桶和搅拌刀，底部电机带动搅拌刀转动完成和面；机身内的加热管配合温度传感器，依次提供发酵所需的恒温和烘烤所需的高温。
使用注意
放料时一般先放液体，再放面粉，最后把酵母放在面粉上，避免酵母与盐、糖和水直接接触。⟦m [2]⟧烘烤过程中不宜开盖，刚出炉的面包桶温度很高，应戴隔热手套取出。
发展
面包机于二十世纪八十年代在日本问世，后逐步普及，现今的产品多增加了果酱、酸奶、蛋糕等程序。
""",
    ),
    dict(
        slug="wiki-xiaozhi-entry-electric-toothbrush-title-line",
        site="小知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://xiaozhibaike.cn/w/电动牙刷",
        title="电动牙刷",
        record_title=None,
        date=None,
        notes="no record title: the entry's title line; an infobox line and a contents line; an update stamp is "
        "no date; the entry name opens the body (head match)",
        page="""
!m 小知百科
!a 编辑词条　┊　收藏　┊　分享
{T}
!m 中文名：电动牙刷　┊　外文名：electric toothbrush　┊　类别：口腔护理用具
!l 目录：分类 ┊ 功能 ┊ 使用方法
{BODY}
!m 词条统计：浏览 9.6万次　编辑 11次　最近更新于 2 个月前
!d 小知百科词条内容仅供参考，如有疑问请咨询专业人士
""",
        body="""
电动牙刷是一种依靠电机带动刷头高速运动来清洁牙齿的口腔护理用具，按工作方式主要分为旋转式和声波振动式两类。
旋转式电动牙刷的圆形刷头做往复旋转运动，依靠摩擦去除牙菌斑；声波振动式电动牙刷的刷头做高频左右摆动，每分钟可达数万次。
多数电动牙刷设有两分钟定时和每三十秒换区提示，部分产品带有压力感应功能，刷牙用力过大时会发出提示。
使用时将刷头以约45度角放在牙龈与牙齿交界处，无需来回拉动。刷头一般每三个月更换一次。儿童应选用儿童专用款，并在家长指导下使用。
""",
    ),
    dict(
        slug="netdisk-feige-rules-juicer-nutrition-kitchen-wps",
        site="飞鸽网盘 (invented cloud drive)",
        style="网盘分享",
        genre="操作规程",
        kind="other",
        form="html",
        source="https://pan.feigepan.com/s/1aQm7Zx0",
        title="营养配餐室榨汁机安全操作规程",
        record_title="营养配餐室榨汁机安全操作规程.wps",
        date=None,
        notes="cloud-drive preview: VIP prompts, save-to-drive and download buttons, share expiry; a numbered "
        "procedure 1.–8.; file-name record title; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>营养配餐室榨汁机安全操作规程.wps_免费高速下载|飞鸽网盘</title></head>
<body>
<div class="bar">⟦m 飞鸽网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 超级会员⟧</a></div>
<div class="share-info">⟦m 分享者：后勤科小谭　┊　分享时间：昨天 16:40　┊　有效期：7天⟧</div>
<div class="file"><h2>{T}</h2><span>⟦m 23.5KB⟧</span>
<button>⟦a 保存到我的飞鸽⟧</button> <button>⟦a 普通下载⟧</button></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 开通超级会员，预览文档不限页数、下载不限速⟧</div>
<div class="ft">⟦d 请勿通过飞鸽网盘传播违法违规内容，举报请点击右上角⟧　⟦m © 2025 飞鸽网盘⟧</div>
</body></html>
""",
        body="""
1.本规程适用于医院营养配餐室榨汁机的使用和清洁。
2.操作人员须经培训合格后方可使用榨汁机，操作时佩戴口罩、帽子和一次性手套。
3.使用前检查电源线、插头和杯体有无破损，杯体装到位、盖好杯盖后方可通电。
4.水果应去核切块后投入，投料量不超过杯体最高刻度线；严禁用手或勺子伸入杯内推压。
5.连续工作不超过三分钟，中间停机冷却一分钟。
6.使用完毕先断电，再拆卸刀组清洗；刀组用专用刷清洁，不得徒手擦拭刀刃。
7.杯体、刀组清洗后放入消毒柜消毒，并填写《小型设备清洁消毒记录》。
8.发现设备异常立即停用，报后勤维修班处理。
""",
    ),
    dict(
        slug="netdisk-chengzi-rules-footbath-care-centre-pdf-markers",
        site="橙子云盘 (invented cloud drive)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.chengziyun.cn/share/pdf/9KcT40",
        title="养老服务中心足浴盆使用管理规定",
        record_title="养老服务中心足浴盆使用管理规定.pdf",
        date=None,
        notes="cloud-drive PDF preview text: '⯊n⯋' page markers on lines of their own cutting articles; "
        "第N条 articles; file-name record title; an effective clause is no date",
        page="""
!m 橙子云盘 · 文件预览
!m 养老服务中心足浴盆使用管理规定.pdf　┊　156KB　┊　3页
!a 转存　┊　下载　┊　用其他应用打开
{BODY}
!a 非会员仅可预览前3页，开通橙子会员查看全部
!d 该文件由用户分享，橙子云盘不对文件内容负责
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⯊{n}⯋", every=100, start=2),
        body="""
第一条　为规范中心足浴盆的使用管理，保障入住老人用电安全和卫生健康，制定本规定。
第二条　足浴盆由各楼层护理站统一保管，实行专人负责、登记使用，不得放入老人房间自行使用。
第三条　使用前，护理员应检查电源线、插头和盆体是否完好，用水温计测量水温，水温不超过40摄氏度。
第四条　老人泡脚时护理员不得离开，每次时间不超过20分钟。患有糖尿病、下肢血管疾病或皮肤破损的老人，须经医生同意后方可使用。
第五条　足浴盆实行一人一用一消毒，使用后倒净污水，用含氯消毒液擦拭盆体，晾干后收回。
第六条　足浴盆出现漏电、漏水、加热异常等情况，立即停用并报后勤维修。
第七条　本规定自印发之日起施行。
""",
    ),
    dict(
        slug="snapshot-taxue-tip-toothbrush-heads-highlight",
        site="踏雪搜索 (invented search engine cache)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="https://cache.taxuesou.com/c?u=www.djscjg.gov.cn%2Fxfts%2F20251014.html",
        title="关于选购电动牙刷替换刷头的消费提示",
        record_title="【网页存档】关于选购电动牙刷替换刷头的消费提示（踏雪搜索缓存）",
        date="2025-10-14",
        notes="snapshot frame: capture banner with a capture stamp (no date), highlighted search terms, the original "
        "portal's chrome inside the frame; 12315 is content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【网页存档】关于选购电动牙刷替换刷头的消费提示（踏雪搜索缓存）</title></head>
<body>
<div class="snap-banner">⟦d 这是踏雪搜索保存的网页副本，抓取于2025年11月2日，原网页可能已经变化⟧<br>
⟦a 查看原网页⟧　⟦m 已为您标亮搜索词：<b style="background:#ff0">电动牙刷</b> <b style="background:#0ff">刷头</b>⟧</div>
<div class="orig">
<div class="ohd">⟦m 篼江市市场监督管理局⟧</div>
<div class="onav">⟦m 首页 │ 政务公开 │ 消费维权 │ 质量安全 │ 互动交流⟧</div>
<h2>{T}</h2>
<div class="oinfo">⟦m 来源：消费者权益保护科　┊　字体：【大】【中】【小】⟧</div>
{BODY}
<div class="ofoot">⟦m 篼江市市场监督管理局主办　湘ICP备10028831号⟧</div>
</div>
</body></html>
""",
        body="""
近期，我局接到多起关于电动牙刷替换刷头的投诉，部分消费者在网上低价购买的“原装刷头”刷毛粗硬、易脱落，使用后出现牙龈出血。为此，我局提醒广大消费者：
一、通过品牌官方渠道或正规商场购买替换刷头，对远低于市场价的“原装刷头”要提高警惕。
二、收货后查看包装上的生产企业名称、地址和执行标准，刷毛末端应圆润无毛刺。
三、儿童应使用儿童专用刷头，不要与成人混用。
四、发现质量问题，保存好购物凭证，及时向商家索赔或拨打12315投诉。
篼江市市场监督管理局
2025年10月14日
""",
    ),
    dict(
        slug="snapshot-souyi-notice-fresh-juice-text-cache-wrapped",
        site="搜易 (invented search engine, text-only cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kuaizhao.souyi.cn/t?url=scjgj.bixi.gov.cn/tz/0625.html",
        title="关于加强夏季现榨果蔬汁食品安全管理的通知",
        record_title="关于加强夏季现榨果蔬汁食品安全管理的通知（文字快照） · 搜易",
        date="2025-06-25",
        notes="text-only cache hard-wrapped at 68 columns; capture line and the original site's chrome; 成文日期 "
        "under the signature",
        page="""
!d 搜易快照（纯文字版）：本页是搜易于 2025-07-30 抓取的网页文字，不代表原网站观点
!m 原网址：http://scjgj.bixi.gov.cn/tz/0625.html
!m 篦溪县市场监督管理局 → 通知公告
{T}
{BODY}
!a 【打印文章】　【关闭窗口】
!m 篦溪县市场监督管理局　地址：篦溪县迎宾大道16号
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
各餐饮服务单位：
夏季气温高，现榨果蔬汁容易滋生细菌。为保障消费者饮食安全，现就有关事项通知如下：
一、现榨果蔬汁应现榨现售，制作后两小时内未售出的一律废弃。
二、榨汁机每次使用后应拆洗杯体和刀组，每日营业结束后进行消毒，刀组与杯体连接处要重点清洁。
三、水果清洗应设专用水池，操作人员制作时佩戴口罩和一次性手套。
四、餐饮单位要在点餐处公示现榨饮品的原料和制作时间。
县市场监管局将于7月开展专项检查，对不符合要求的依法处理。
篦溪县市场监督管理局
2025年6月25日
""",
    ),
    dict(
        slug="print-yuping-plan-haircut-villages-window-print",
        site="敔坪镇人民政府 (invented township site, print view)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.yuping.gov.cn/print.aspx?id=20251218-06",
        title="敔坪镇2026年“理发进村”志愿服务活动方案",
        record_title="〔打印底稿〕敔坪镇2026年“理发进村”志愿服务活动方案",
        date="2025-12-18",
        notes="print view calling window.print(): a print/close row, a print stamp (no date), a print footer "
        "'第1页 ▩ 共1页'; decimal headings 1.1–2.3; a year in the title alone is no date, the signature date is",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔打印底稿〕敔坪镇2026年“理发进村”志愿服务活动方案</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head>
<body>
<div class="noprint">⟦a 〔立即打印〕　〔不打了，关闭〕⟧</div>
<div class="ph">⟦m 敔坪镇人民政府网站　打印时间：2026-01-05 15:32⟧</div>
<h2 align="center">{T}</h2>
{BODY}
<div class="pf">⟦p 第1页 ▩ 共1页⟧</div>
</body></html>
""",
        body="""
为解决偏远村组老人理发难问题，镇团委、镇妇联决定2026年继续开展“理发进村”志愿服务活动，特制定本方案。
1 活动安排
1.1 时间：2026年1月至12月，每月第二个周六。
1.2 对象：全镇12个行政村七十岁以上老人及残疾人。
1.3 方式：志愿者携带充电推子、围布、消毒用品进村，在村委会集中理发；卧床老人上门服务。
2 保障措施
2.1 镇团委负责招募理发志愿者，每次不少于6人。
2.2 镇妇联负责购置推子刀头、消毒湿巾等耗材，经费从妇女儿童关爱资金中列支。
2.3 各村提前一周摸底，将需上门服务的老人名单报镇团委。
3 工作要求
志愿者服务时要耐心细致，推子刀头一人一消毒，确保老人安全。
敔坪镇团委　敔坪镇妇联
2025年12月18日
""",
    ),
    dict(
        slug="print-biyang-bulletin-kindergarten-toothbrush-footer",
        site="箅阳县教育局 (invented education-bureau site, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://jyj.biyang.gov.cn/print/2025/1124-02.html",
        title="关于部分幼儿园电动牙刷消毒不规范问题的通报",
        record_title="〖供打印〗关于部分幼儿园电动牙刷消毒不规范问题的通报 - 箅阳县教育局",
        date="2025-11-24",
        notes="print view text: print header and URL line, a print footer '⍝ 第 1 页，共 1 页 ⍝'; a problems table "
        "one row a paragraph; 成文日期 under the signature",
        page="""
!m 箅阳县教育局　打印稿
!m http://jyj.biyang.gov.cn/tzgg/2025/1124/3561.html
{T}
{BODY}
!p ⍝ 第 1 页，共 1 页 ⍝
""",
        indent="\u3000\u3000",
        body="""
各幼儿园：
11月上旬，县教育局会同县卫健局对全县32所幼儿园的卫生保健工作进行了检查。检查发现，部分幼儿园在组织幼儿使用电动牙刷时存在消毒不规范问题，情况如下：
园所　存在问题
县第三幼儿园　刷头未标注姓名，存在混用
城南幼儿园　刷头存放杯未定期消毒
楱田乡幼儿园　充电底座放置在洗手池边
各园要对照问题立即整改，做到刷头一人一个、标注姓名，存放架每周消毒一次，充电设备远离水源。整改情况于12月5日前报县教育局学前教育股。
箅阳县教育局
2025年11月24日
""",
    ),
    dict(
        slug="mail-jingyou-letter-brush-head-supply-attachment-bar",
        site="鲸邮 (invented webmail, reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.jingyou.cn/read?mid=ZL0610-88213",
        title="关于电动牙刷替换刷头供货调整的函",
        record_title="转发：（外部邮件）关于电动牙刷替换刷头供货调整的函",
        date="2025-06-09",
        date_also=["2025-06-10"],
        notes="webmail reading view: forwarded-mail header, an attachment bar next to the letter's own 附件 list, the "
        "letter's 联系人/电话/邮箱 in the body; the mail's send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鲸邮 - 读信</title></head>
<body>
<div class="mailtop">⟦m 鲸邮⟧ ⟦m zhao.wy@lanjing-trade.com⟧ <a>⟦a 退出⟧</a></div>
<div class="toolbar">⟦a 返回　回复　全部回复　转发　删除　标记为⟧</div>
<div class="readmail">
<h2>{T}</h2>
<div class="hdr">⟦m 发件人：赵文宇 &lt;zhao.wy@lanjing-trade.com&gt;⟧<br>
⟦m 时　间：2025年6月10日（星期二）上午9:12⟧<br>
⟦m 收件人：区域经销商群组⟧</div>
<div class="fwd">⟦m -------- 转发邮件 --------⟧<br>⟦m 原发件人：钱晓帆 &lt;sales@jiepai-elec.com&gt;⟧</div>
<div class="mailbody">
{BODY}
</div>
<div class="attbar">⟦m 附件（2 个）⟧　⟦a P3与P5刷头通用对照表.xlsx（18K）⟧　⟦a 7月提货计划表.xlsx（11K）⟧　⟦a 打包下载⟧</div>
</div>
<div class="mailfoot">⟦d 鲸邮提醒：请勿轻信邮件中的汇款、中奖信息⟧</div>
</body></html>
""",
        body="""
各区域经销商：
受上游刷毛原料供应影响，我公司P3系列电动牙刷替换刷头自6月起产能有所下降。为保障终端供应，现将有关事项函告如下：
一、6月至7月，P3系列替换刷头按各经销商上年同期月均提货量的90%配货。
二、新款P5系列替换刷头与P3系列手柄通用，可优先推荐消费者选购。
三、请各经销商于6月20日前将7月提货计划发至销售部邮箱。
附件：1.P3、P5系列刷头通用对照表
2.7月提货计划表
联系人：钱晓帆　电话：0741-3362087　邮箱：sales@jiepai-elec.com
篼江洁派电器有限公司销售部
2025年6月9日
""",
    ),
    dict(
        slug="mail-text-letter-order-clippers-doc-subject",
        site="名剪美发培训学校 mail (invented, forwarded as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:office@mingjian-edu.com?msg=20250225-03",
        title="关于订购教学用充电理发推子的函",
        record_title="Fwd: 附件 关于订购教学用充电理发推子的函.doc",
        date="2025-02-24",
        date_also=["2025-02-25"],
        notes="forwarded mail as text: mail headers, a forwarder's note, a signature block and a mail-client line; the "
        "letter's own 抄送 line and contact stay in the body; file-name subject",
        page="""
!m 发件人：殷红霞 <office@mingjian-edu.com>
!m 发送时间：2025年2月25日 8:47
!m 收件人：jy-sales@jianying-elec.cn
!m 主题：Fwd: 附件 关于订购教学用充电理发推子的函.doc
!m 王经理您好，函件正文贴在下面，盖章版见附件，请查收，谢谢！
!m ---------- 转发的邮件 ----------
{BODY}
!m 殷红霞｜名剪美发培训学校 教务处｜手机 13807438820
!a 此邮件通过手机邮箱App发送
""",
        body="""
剪影电器（篼江）有限公司：
我校2025年春季推剪精修班即将开班，因教学需要，拟向贵公司订购充电理发推子一批，具体如下：
型号　数量　单价（元）
JY-T9专业推子　40把　168
JY-T9替换刀头　80个　35
请贵公司于3月5日前送货至我校，并派技术人员为学员讲解推子保养方法一次。货款在验收合格后十个工作日内支付。
联系人：殷老师　电话：0743-8262097
甃城名剪美发培训学校
2025年2月24日
抄送：学校财务室
""",
    ),
    dict(
        slug="download-haoliao-rules-breadmaker-canteen-docx-gb2312",
        site="好料下载站 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.haoliaoxz.com/soft/zhidu/20250908/7713.html",
        title="老年食堂面包机使用与清洁制度",
        record_title="老年食堂面包机使用与清洁制度.docx",
        date=None,
        notes="old table layout: file-info table, three download links, an unzip password, a dead-link report, a "
        "floating ad; numbered 一–七 articles; an update stamp is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>老年食堂面包机使用与清洁制度.docx - 好料下载站</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 好料下载站⟧</td><td>⟦m 好资料，不难找⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页 ┆ 规章制度 ┆ 合同协议 ┆ 表格模板 ┆ 工作总结⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 位置：好料下载站 » 规章制度 » 食堂管理⟧</td></tr></table>
<table width="980" align="center" border="1" class="info">
<tr><td>⟦m 资料名称：⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料大小：36KB⟧</td><td>⟦m 资料格式：docx⟧</td></tr>
<tr><td>⟦m 更新时间：3 天前⟧</td><td>⟦m 下载次数：208⟧</td></tr>
<tr><td>⟦m 解压密码：www.haoliaoxz.com⟧</td><td>⟦m 资料评级：★★★☆☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="intro">
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>
⟦a 下载地址：电信下载一⟧ ⟦a 联通下载二⟧ ⟦a 移动高速下载⟧<br>
⟦a 下载失效？点此报告死链⟧
</td></tr></table>
<div style="position:absolute;left:4px;top:300px">⟦w 各类制度代写代改 QQ 1297340685⟧</div>
<table width="980" align="center"><tr><td>⟦d 本站资料均收集于互联网，仅供学习研究，请于下载后24小时内删除⟧<br>⟦m 鄂ICP备16011702号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
一、老年食堂面包机由食堂面点员专人操作，其他人员未经培训不得使用。
二、每日使用前检查面包桶、搅拌刀是否完好，涂层脱落的面包桶应及时更换。
三、原料按配方称量，面粉、奶粉等开封后须密封保存并标注开封日期。
四、面包出炉后放凉至室温再切片，切片刀具与生食刀具分开存放。
五、每次使用后，面包桶和搅拌刀用温水浸泡清洗，不得用钢丝球擦洗；机身内壁用湿布擦拭，严禁用水冲洗。
六、每周对面包机进行一次全面清洁，并在《设备清洁记录表》上签字。
七、发现面包机漏电、异响或加热异常，立即断电停用，报社区物业维修。
""",
    ),
    dict(
        slug="download-ziliaocangku-speech-toothbrush-park-markers",
        site="资料仓库 (invented download station)",
        style="资料下载站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.ziliaocangku.net/jianghua/38821.html",
        title="在电动牙刷产业园项目推进会上的讲话",
        record_title="［讲话材料］在电动牙刷产业园项目推进会上的讲话（二〇二五）- 资料仓库",
        date="2025-05-12",
        notes="download-station text of a converted document: '⁛ 第n页 ⁛' markers glued to the continuation or on "
        "their own line; date under the speech title in Chinese numerals; speaker line neutral",
        page="""
!m 资料仓库 - 讲话稿频道
!m 资料格式：DOC　┊　大小：31KB　┊　下载积分：2
!a 点击下载　┊　加入收藏　┊　纠错反馈
{T}
（二〇二五年五月十二日）
篼江市副市长　骆文涛
{BODY}
!a 文档预览结束，下载后可获取完整版
!d 资料仓库所有资料均来自网友分享，如有侵权请来信说明
!l 同类资料：在重点项目集中开工仪式上的讲话 ┊ 招商引资工作推进会讲话
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⁛ 第{n}页 ⁛", every=100, start=2, glue="mix", sep=" "),
        body="""
同志们：
电动牙刷产业园是市委、市政府确定的今年重点招商项目，总投资12亿元，计划引进整机和配套企业20家，建成后可年产电动牙刷3000万支。今天召开推进会，就是要把进度再往前赶一赶。
从刚才的汇报看，园区一期标准厂房主体已经封顶，4家整机企业完成签约，总体进展顺利。但也存在一些问题：二期土地征收还有两户没有签约，园区污水管网与市政管网的接口迟迟没有落实，电机、电池等关键配套企业引进偏慢。
下一步，请各责任单位抓好三件事：一是铫口镇牵头，6月底前完成二期征地扫尾；二是市住建局牵头，7月底前完成管网接驳；三是市商务局牵头，盯住电机、电池配套企业，力争年内签约3家以上。
同志们，时间不等人。希望大家拿出只争朝夕的劲头，确保产业园年底一期投产。
""",
    ),
]
