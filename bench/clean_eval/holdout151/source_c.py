"""holdout151, part C: water spinach (空心菜) — vegetable bases, floating beds, markets.
Invented text (sites, places, people, numbers); written by hand case by case, see ../README.md
and ../build.py."""

CASES = [
    dict(
        slug="company-lvyuan-spinach-recall-text",
        site="绿源蔬菜有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.lvyuanveg.example.com/news/2025/0815/204.html",
        title="关于召回部分批次净菜空心菜的公告",
        record_title="关于召回部分批次净菜空心菜的公告 - 绿源蔬菜",
        date="2025-08-15",
        notes="company site: order hotline at the bottom beside the recall's own 召回专线 kept; batch table; 扫码 sentence kept",
        page="""
!m 绿源蔬菜 | 从田间到餐桌　8小时新鲜直达
!m 首页　关于绿源　产品中心　新闻动态　联系我们
{T}
!m 2025.08.15　|　新闻动态
{BODY}
!l ← 返回新闻列表
!m 订购热线：400-902-6618　　地址：南湾区菜园路18号
!d Copyright © 2025 绿源蔬菜有限公司 All Rights Reserved
""",
        body="""
我公司在自检中发现，部分批次盒装净菜空心菜农药残留检测结果不符合企业内控标准，为保障消费者健康，决定主动召回。
生产日期　批号　数量（盒）
8月10日　LY0810-03　1,240
8月11日　LY0811-01　960
已购买上述批次产品的消费者，可扫描包装上的追溯码核对批号，凭购物凭证到原购买门店退款。
召回专线：0756-3320914（8:00-20:00）。
绿源蔬菜有限公司
2025年8月15日
""",
    ),
    dict(
        slug="training-nongke-spinach-course-html",
        site="农科职业培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.nkpx.example.com/kecheng/2025/shucai-18.html",
        title="水生蔬菜（空心菜）浮床种植技术培训班招生简章",
        record_title="水生蔬菜（空心菜）浮床种植技术培训班招生简章（2025秋季班）",
        date=None,
        notes="training school: price tag, trial form, testimonial, float box; school's own 报名电话 kept; course table; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>水生蔬菜（空心菜）浮床种植技术培训班招生简章（2025秋季班）</title></head><body>
<div class="top">⟦m 农科职业培训学校 · 让农民变成技术能手⟧ ⟦a 在线报名⟧ ⟦a 学员登录⟧</div>
<h1>{T}</h1>
<div class="price">⟦a 学费：¥680　早鸟价 ¥580⟧</div>
{BODY}
<div class="trial">⟦a 免费试听：留下手机号，课程顾问24小时内回电⟧</div>
<div class="say">⟦l 学员心声：学了浮床技术，我家鱼塘多了一份收入。——学员老钟⟧</div>
<div class="float">⟦w 咨询老师微信：nkpx_2025⟧</div>
<footer>⟦m 粤ICP备20061348号⟧ ⟦d 本站课程信息以开班通知为准⟧</footer>
</body></html>
""",
        body="""
本培训班面向鱼塘养殖户和种植户，系统讲授空心菜浮床种植技术。
模块　课时　内容
浮床制作　4　泡沫板、PVC管浮床的制作与固定
种苗定植　4　扦插育苗与定植密度
采收管理　6　分批采收与病虫害防治
开班时间为9月20日，共7天，结业颁发培训合格证书。
报名电话：0756-6201883（教务处　曾老师）。
""",
    ),
    dict(
        slug="fanwenapp-xiebi-spinach-summary",
        site="写笔范文APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.xiebiapp.example.com/share/doc/5528103",
        title="南湾区蔬菜基地2024年空心菜生产工作总结",
        record_title="南湾区蔬菜基地2024年空心菜生产工作总结｜写笔",
        date="2025-01-06",
        notes="writing-app share page: open-app prompt glued after the first paragraph; AI continue button on its own line inside the body; Chinese-numeral signature date",
        page="""
!m 写笔 · 随时随地写材料
{T}
!m 来自写笔用户「田间老王」的分享
{BODY}
!a 打开写笔APP，一键生成同类总结
!l 更多同类范文 >
""",
        body="""
2024年，我基地坚持以市场为导向，全年种植空心菜860亩，总产量5200吨，实现销售收入1900万元。⟦a 打开APP查看完整排版⟧
一是推行大棚周年生产，冬季也能稳定供应，填补了本地市场淡季空档。
二是建立农残自检室，全年自检样品1300批次，合格率100%。
⟦a AI帮我续写下一段⟧
三是与区内12所学校食堂签订直供协议，减少了中间环节。
南湾区绿丰蔬菜基地
二〇二五年一月六日
""",
    ),
    dict(
        slug="gkforum-shenlun-spinach-essay-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="https://bbs.shangan.example.com/thread-901227-1-1.html",
        title="申论范文：一棵空心菜里的“菜篮子”民生账",
        record_title="[申论范文] 申论范文：一棵空心菜里的“菜篮子”民生账（附批改意见） - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum with junk lines and glued junk; relative time 2小时前 no date; reply box",
        junk=dict(lines=1, glued=1),
        page="""
!m 上岸公考论坛 › 申论交流
!t [申论范文] 申论范文：一棵空心菜里的“菜篮子”民生账
!m 楼主　一次上岸　发表于 2小时前　|　阅读 906　回复 21
{BODY}
!l 本帖最后由 一次上岸 编辑
!a 回复可见批改意见，请先登录
!l 快速回帖：说点什么吧…
""",
        body="""
一棵空心菜，从田间到餐桌要经过好几道环节，每一道都连着百姓的“菜篮子”。
保障“菜篮子”，首先要稳住生产，让菜农种得安心、卖得顺心。
其次要畅通流通，减少中间环节，让菜价既不伤农也不伤民。
再次要守住安全底线，农残检测要常态化，让群众吃得放心。
小小空心菜，折射的是大民生，基层治理就要在这些细处见真章。
""",
    ),
    dict(
        slug="baike-caipu-spinach-entry-infobox",
        site="菜谱百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.caipu.example.com/item/kongxincai",
        title="空心菜",
        record_title="空心菜_菜谱百科",
        date=None,
        notes="encyclopaedia with info box (meta) and edit links; 编辑次数 and last-edit stamp are no dates; references list as list chrome",
        page="""
<html><head><meta charset="utf-8"><title>空心菜_菜谱百科</title></head><body>
<div class="top">⟦m 菜谱百科 — 人人可编辑的美食知识库⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 收藏⟧</div>
<table class="info"><tr><td>⟦m 中文名：空心菜⟧</td><td>⟦m 别名：蕹菜、通菜⟧</td></tr><tr><td>⟦m 科：旋花科⟧</td><td>⟦m 属：番薯属⟧</td></tr></table>
{BODY}
<div class="ref">⟦l 参考资料：《岭南蔬菜栽培》⟧</div>
<div class="stat">⟦m 词条统计：浏览 5.8万次　编辑 17次　最近更新 2025-03-02⟧</div>
<footer>⟦d 词条内容仅供参考，如需专业意见请咨询相关人士⟧</footer>
</body></html>
""",
        body="""
空心菜是旋花科番薯属一年生或多年生草本植物，茎中空，因此得名。
空心菜喜温暖湿润，耐热不耐寒，既可旱地种植，也可在水面浮床栽培。
南方各地普遍种植，夏秋季节是主要上市期，可分批采收多次。
常见的吃法有蒜蓉清炒、腐乳炒和做汤等。
""",
    ),
    dict(
        slug="netdisk-caiyun-spinach-floating-bed-text",
        site="菜云网盘 (invented)",
        style="网盘分享",
        genre="技术资料",
        kind="other",
        form="text",
        source="https://pan.caiyun.example.com/s/1kQ7v_ZtP2",
        title="池塘浮床种植空心菜净水试验小结",
        record_title="池塘浮床种植空心菜净水试验小结.pdf",
        date="2024-11-20",
        notes="cloud-drive preview: file-name title; share stamp and expiry no dates; signature date; save-to-drive prompt",
        page="""
!m 菜云网盘　|　文件分享
!m 池塘浮床种植空心菜净水试验小结.pdf　　312KB　　分享于 2025-02-14　　永久有效
!a 保存到我的网盘　　下载（需登录）　　举报
{BODY}
!a 预览仅显示前3页，完整文件请下载查看
!d 菜云网盘仅为用户提供存储空间，分享内容由用户自行负责
""",
        body="""
2024年6月至10月，我站在3口精养鱼塘开展浮床种植空心菜净水试验。
试验塘浮床覆盖面积占水面的8%，对照塘不设浮床。
结果表明，试验塘水体总氮平均下降31%，总磷下降26%，每亩塘还采收空心菜1100公斤。
建议在全区精养鱼塘推广浮床种植，兼顾净水与增收。
南湾区水产技术推广站
2024年11月20日
""",
    ),
    dict(
        slug="snapshot-sousou-spinach-market-notice",
        site="搜搜快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.sousou.example.com/c?u=http%3A%2F%2Fwww.hengshi.example.gov.cn%2Fgg%2F771.html",
        title="关于规范横石农贸市场蔬菜摊位经营秩序的通告",
        record_title="关于规范横石农贸市场蔬菜摊位经营秩序的通告 - 搜搜快照",
        date="2025-07-03",
        notes="search-cache frame over a town notice: snapshot stamp no date; highlight banner; signature date",
        page="""
<html><head><meta charset="utf-8"><title>关于规范横石农贸市场蔬菜摊位经营秩序的通告 - 搜搜快照</title></head><body>
<div class="cachebar">⟦d 这是 http://www.hengshi.example.gov.cn/gg/771.html 的快照，是网页在 2025年7月19日 的存档。当前页面可能已经更改。⟧<br>⟦a 查看当前页面⟧　⟦m 已为您高亮显示：空心菜 摊位⟧</div>
<div class="orig">
<div>⟦m 横石镇人民政府　公告公示⟧</div>
<h2>{T}</h2>
{BODY}
<div>⟦m 横石镇人民政府版权所有　技术支持：粤信网络⟧</div>
</div>
</body></html>
""",
        body="""
为维护农贸市场经营秩序，现就蔬菜摊位经营有关事项通告如下：
一、蔬菜摊贩应在划定区域内经营，不得占道摆卖。
二、空心菜等叶菜类应当日采摘、当日销售，禁止浸泡保鲜。
三、市场管理方每日开展快速检测，不合格产品一律下架销毁。
本通告自发布之日起施行。
横石镇人民政府
2025年7月3日
""",
    ),
    dict(
        slug="print-nanwan-spinach-subsidy-footer",
        site="南湾区农业农村局 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="https://nyncj.nanwan.example.gov.cn/print.jsp?id=33081",
        title="南湾区2025年水生蔬菜种植补贴实施细则",
        record_title="打印预览：南湾区2025年水生蔬菜种植补贴实施细则",
        date="2025-03-28",
        notes="print view: print stamp no date; footer 页 1 / 1 form of my own (page class); 印发 line kept",
        page="""
!m 南湾区农业农村局　http://nyncj.nanwan.example.gov.cn
!m 打印时间：2025-04-09 10:22
{T}
{BODY}
!p ━ 第1页·共1页 ━
!a [打印本页]　[关闭]
""",
        body="""
第一条　为稳定水生蔬菜生产，保障市场供应，制定本细则。
第二条　种植空心菜、莲藕、茭白等水生蔬菜连片20亩以上的，每亩补贴300元。
第三条　申请人持土地流转合同和种植面积核实表到所在镇农办申报。
第四条　本细则自印发之日起施行。
南湾区农业农村局办公室　　2025年3月28日印发
""",
    ),
    dict(
        slug="mail-fwd-spinach-supply-letter",
        site="邮箱转发 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="https://mail.example.com/read?mid=ZX88120",
        title="关于商请保障学校食堂空心菜供应的函",
        record_title="Fwd: 关于商请保障学校食堂空心菜供应的函",
        date="2025-08-26",
        date_also=["2025-08-28"],
        notes="forwarded mail: header lines meta; mail's own attachment bar (meta) beside the document's 附件 list (kept); send date differs from 成文日期",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：南湾区教育局后勤科 <hqk@nanwanedu.example.cn>
!m 发送时间：2025年8月28日(星期四) 上午9:14
!m 收件人：绿源蔬菜 <sales@lvyuanveg.example.com>
!t 主题：关于商请保障学校食堂空心菜供应的函
{BODY}
!m 附件（1个）：供应学校名单.xlsx（18KB）
!a 下载　预览　存到网盘
!d 此邮件由系统转发，请勿直接回复
""",
        body="""
绿源蔬菜有限公司：
秋季学期即将开学，为保障全区学校食堂蔬菜供应，现商请贵公司做好空心菜等叶菜类蔬菜的供应保障。
请贵公司每日早上6时前将蔬菜送达各校食堂，并随货附农残检测报告。
附件：供应学校名单
南湾区教育局
2025年8月26日
""",
    ),
    dict(
        slug="fanwen-caiyuan-spinach-report-wrapped",
        site="菜园范文网 (invented)",
        style="范文站",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.caiyuanfw.example.net/diaoyan/12870.html",
        title="关于我镇空心菜产业发展情况的调研报告",
        record_title="关于我镇空心菜产业发展情况的调研报告（精选）_菜园范文网",
        date=None,
        notes="hard-wrapped at 60 columns; writing-service prompt on a line of its own inside the body; year in title only -> no date",
        wrap=60,
        indent="　　",
        page="""
!m 菜园范文网　找范文，上菜园
!m 当前位置：菜园范文网 > 调研报告 > 农业农村
{T}
!a 【复制全文】【下载Word】
{BODY}
!l 相关范文：蔬菜产业发展调研报告　镇特色产业调研报告
!d 声明：本站范文仅供学习参考，请勿直接用于正式场合
""",
        body="""
为摸清我镇空心菜产业发展现状，镇农办组成调研组，于近期深入6个村开展走访调研。
全镇空心菜种植面积1400亩，从业农户520户，年产值约4000万元，已成为农民增收的重要来源。
⟦w 代笔写调研报告，原创不查重，加V：cy_fanwen88⟧
存在的主要问题是种植分散、品牌不响、冷链设施不足，旺季时常出现压价现象。
建议整合资源组建联合社，建设产地预冷库，打响本地空心菜品牌。
""",
    ),
    dict(
        slug="wenku-shuke-spinach-plan-html-pages",
        site="蔬客文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.shukewenku.example.com/d/77f0a1c2.html",
        title="叶菜类蔬菜农药残留快速检测工作方案",
        record_title="叶菜类蔬菜农药残留快速检测工作方案 - 蔬客文库",
        date="2025-05-15",
        notes="文库 reader with page markers as HTML paragraphs (⸤n⸥); paywall line; page count meta; signature date",
        pages=dict(fmt="⸤{n}⸥", every=110, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>叶菜类蔬菜农药残留快速检测工作方案 - 蔬客文库</title></head><body>
<div class="hd">⟦m 蔬客文库⟧ ⟦a 上传文档⟧ ⟦a 开通VIP⟧</div>
<h1>{T}</h1>
<div class="docinfo">⟦m 页数：3　格式：DOCX　贡献者：shuke_u88⟧</div>
<div class="reader">
{BODY}
</div>
<div class="pay">⟦a 试读结束，开通VIP可免费下载全文⟧</div>
<div class="rel">⟦l 相关文档：蔬菜农残检测记录表⟧ ⟦l 农贸市场快检室管理制度⟧</div>
</body></html>
""",
        body="""
为加强叶菜类蔬菜质量安全监管，确保群众“菜篮子”安全，制定本方案。
一、检测对象：全区农贸市场、超市销售的空心菜、菠菜、生菜等叶菜类蔬菜。
二、检测频次：每个市场每天抽检不少于20批次，节假日前加密抽检。
三、结果处置：快检不合格的，立即封存并送实验室复检，复检不合格的依法处置。
南湾区市场监督管理局
2025年5月15日
""",
    ),
]
