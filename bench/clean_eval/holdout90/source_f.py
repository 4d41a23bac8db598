"""holdout90, part F (blind; invented)."""

CASES = [
    dict(
        slug="corp-stained-glass-news-text",
        site="琉光彩绘玻璃 (invented)", style="企业官网", genre="新闻", kind="news", form="text",
        source="http://www.liuguang-glass.example.com/news/2025/1016.html",
        title="琉光彩绘玻璃完成老教堂花窗修复工程",
        record_title="琉光彩绘玻璃完成老教堂花窗修复工程-公司新闻-琉光彩绘玻璃",
        date="2025-10-16",
        notes="enterprise site; service line chrome; product list",
        page="""
!m 琉光彩绘玻璃 ｜ 彩窗定制 · 古建修复
!m 首页 › 新闻中心 › 公司新闻
{T}
!m 2025-10-16　浏览量：88
{BODY}
!w 定制热线：189 0551 7730（同微信）
!l 推荐产品：蒂凡尼灯罩 / 彩绘屏风
""",
        body="""
近日，公司承接的临江老教堂彩绘花窗修复工程通过验收。
修复团队历时五个月，对十四扇残损花窗逐片拆解、清洗、补配，尽量保留原有玻璃。
负责项目的老师傅说，最难的是调配与原件一致的宝石蓝，前后试烧了二十多炉。
""",
    ),
    dict(
        slug="training-morin-khuur-brochure-html",
        site="草原琴韵艺术学校 (invented)", style="培训机构", genre="招生简章", kind="other", form="html",
        source="https://www.cyqy-art.example.com/zs/2025-autumn.html",
        title="草原琴韵艺术学校马头琴秋季班招生简章",
        record_title=None,
        date=None,
        notes="training school; floating consult box; fee table; 扫码 sentence kept; no date",
        page="""
<html><head><meta charset="utf-8"><title>草原琴韵艺术学校</title></head><body>
<div class="hd">⟦m 草原琴韵艺术学校⟧ ⟦m 全国咨询热线 400-007-3516⟧</div>
<h1>{T}</h1>
{BODY}
<div class="float">⟦w 在线咨询 · 预约试听⟧</div>
<div class="ft">⟦d 办学许可证号见学校大厅公示⟧</div>
</body></html>
""",
        body="""
一、招生对象：8岁以上零基础或有一定基础的学员。
二、课程设置
班型　课时　学费
启蒙班　24课时　2400元
提高班　24课时　3000元
三、报名方式：到校报名或扫描前台海报上的二维码在线登记。
学校地址：锡河路12号文化宫三楼　报名电话：0479-8265510
""",
    ),
    dict(
        slug="app-barge-coop-speech-text",
        site="公文快写APP (invented)", style="范文APP", genre="讲话稿", kind="speech", form="text",
        source="https://m.gwkx.example.com/share/s/77fa2",
        title="在内河驳船运输合作社成员大会上的讲话",
        record_title="在内河驳船运输合作社成员大会上的讲话（可直接使用）",
        date=None,
        notes="writing app; no date; open-app chrome; AI button",
        page="""
!m 公文快写 · 让写作更简单
{T}
{BODY}
!a 一键套用本模板 ▸
!a 在APP内打开，解锁全部功能
""",
        body="""
各位成员：
过去一年，合作社三十六条驳船安全运输砂石、粮食等货物一百二十万吨，成员户均增收四万元。
新的一年，我们要抓好两件事：一是更新老旧船舶，淘汰十年以上船龄的驳船八条；二是统一调度，减少空驶。
希望大家齐心协力，把合作社办得更好。
""",
    ),
    dict(
        slug="gkforum-estuary-shenlun-material",
        site="申论研习社 (invented)", style="公考论坛", genre="心得体会", kind="insight", form="text",
        source="http://www.shenlunyx.example.com/thread/30091",
        title="河口监测站站长的“数据坚守”",
        record_title="[申论素材] 河口监测站站长的“数据坚守”（附点评） - 素材积累 - 申论研习社",
        date="2025-03-03",
        notes="exam forum; floor meta; post date",
        page="""
!m 申论研习社 » 素材积累
{T}
!m 1# 楼主 考研转公考　发表于 2025-3-3 08:20
{BODY}
!m 【点评】本素材可用于“基层担当”“科学精神”类主题
!l 回复(15)　收藏(40)
""",
        body="""
在潮河入海口，有一座只有三个人的水质监测站。站长孟海涛在这里坚守了十八年。
每天清晨，他都要乘小艇到四个监测点采样，风浪再大也不间断。十八年来，他记录的二十多万个数据，为河口生态修复提供了依据。
他说：“数据不会说谎，我们就得对数据负责。”这句话，他一直记在笔记本的扉页上。
""",
    ),
    dict(
        slug="wiki-sketch-society-qa-html",
        site="百知问答 (invented)", style="百科问答", genre="问答", kind="other", form="html",
        source="https://www.baizhi-wd.example.com/q/221903.html",
        title="速写协会会员需要满足什么条件？",
        record_title="速写协会会员需要满足什么条件？_百知问答",
        date=None,
        notes="Q&A with relative time, no date",
        page="""
<html><head><meta charset="utf-8"><title>速写协会会员需要满足什么条件？_百知问答</title></head><body>
<div class="hd">⟦m 百知问答⟧</div>
<h1>{T}</h1>
<div class="who">⟦m 画画的阿北 · 2天前⟧</div>
{BODY}
<div class="vote">⟦l 有帮助(9)⟧</div>
<div class="more">⟦l 更多相关：速写本推荐⟧</div>
</body></html>
""",
        body="""
一般地市级速写协会要求：热爱速写创作，有一定作品积累，由两名会员推荐。
申请时提交申请表、个人简历和十幅以上代表作品，经理事会审议通过后成为会员。
""",
    ),
    dict(
        slug="netdisk-mustard-tuber-plant-plan-html",
        site="速盘分享 (invented)", style="网盘分享", genre="方案", kind="plan", form="html",
        source="https://supan.example.com/s/zc-88q1",
        title="榨菜厂腌制池渗漏整改方案",
        record_title="榨菜厂腌制池渗漏整改方案.doc",
        date="2025-05-16",
        notes="cloud share page; expiry; save/download buttons",
        page="""
<html><head><meta charset="utf-8"><title>榨菜厂腌制池渗漏整改方案.doc_免费高速下载|速盘分享</title></head><body>
<div class="hd">⟦m 速盘分享⟧ ⟦a 登录⟧</div>
<div class="f">⟦m 分享于：2025-06-01　失效时间：永久有效⟧</div>
{BODY}
<div class="b">⟦a 保存到速盘⟧ ⟦a 下载(76KB)⟧</div>
</body></html>
""",
        body="""
榨菜厂腌制池渗漏整改方案
经检查，三号、五号腌制池池壁出现裂缝，盐水渗漏，存在污染土壤风险。
一、停用两池，将原料转入备用池。
二、清除池内残渣，对池壁进行环氧树脂防渗处理。
三、整改完成后蓄水试验七十二小时，无渗漏方可投用。
涪江榨菜厂
2025年5月16日
""",
    ),
    dict(
        slug="snapshot-sticker-shop-text",
        site="搜啦快照 (invented)", style="搜索快照", genre="通知", kind="notice", form="text",
        source="http://snap.soula.example.com/?q=tiezhi&url=www.mtz.example.cn%2Fn%2F5",
        title="萌贴纸工坊关于调整定制周期的通知",
        record_title=None,
        date="2025-09-01",
        notes="text-only cache header; snapshot stamp not a date",
        page="""
!d 搜啦快照：以下是该网页于 2025年9月20日 的存档版本，仅供参考
!m 原网址：www.mtz.example.cn/n/5
{T}
{BODY}
!m 萌贴纸工坊 · 手账贴纸定制
""",
        body="""
亲爱的顾客：
因开学季订单增多，自9月1日起，定制贴纸的制作周期由三天调整为五天，加急订单另行协商。
感谢您的理解与支持。
萌贴纸工坊
2025年9月1日
""",
    ),
    dict(
        slug="print-durian-import-contract-notice",
        site="南港果品进出口 (invented)", style="打印页", genre="通知", kind="notice", form="text",
        source="http://www.ngguopin.example.com/notice/print/221",
        title="关于做好榴莲进口冷链查验配合工作的通知",
        record_title="〔打印稿〕关于做好榴莲进口冷链查验配合工作的通知",
        date="2025-06-20",
        notes="print view; 抄送/印发 kept; print footer",
        page="""
!m 南港果品进出口有限公司
{T}
{BODY}
!p ─ 第1页 / 共1页 ─
!m 打印于 2025/06/23 09:02
""",
        body="""
各业务部门：
为配合口岸冷链查验工作，现就有关事项通知如下。
一、到港冷柜须提前一天报送温度记录。
二、查验期间安排专人到场，配合开箱取样。
南港果品进出口有限公司
2025年6月20日
抄送：南港海关驻港办事处
南港果品进出口有限公司综合部　2025年6月20日印发
""",
    ),
    dict(
        slug="mail-mule-caravan-report-reply-chain",
        site="邮件转发 (invented)", style="邮件转发", genre="报告", kind="report", form="text",
        source="mailto:xz@hengduan.example.gov.cn#reply-6627",
        title="关于山区骡队物资运输情况的报告",
        record_title="回复：Re: 关于山区骡队物资运输情况的报告.docx",
        date="2025-08-28",
        date_also=["2025-08-30"],
        notes="reply chain; quote markers; file-name-like record title",
        page="""
!m 发件人：横断乡政府办 <xz@hengduan.example.gov.cn>
!m 日期：2025-08-30 16:40
!m 主题：回复：Re: 关于山区骡队物资运输情况的报告.docx
!m 已收到，转发各村参照。
!m ------------------ 原始邮件 ------------------
{BODY}
!d 本邮件由政务邮箱系统发送，请勿直接回复
""",
        body="""
县应急管理局：
8月下旬强降雨导致三条通村公路中断，我乡组织骡队十二支、骡马九十余匹，向五个受灾村运送物资。
截至8月27日，共运送大米、食用油、药品等物资三十八吨，未发生人员和牲畜伤亡。
横断乡人民政府
2025年8月28日
""",
    ),
]
