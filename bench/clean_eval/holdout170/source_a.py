"""holdout170, part A: mops (拖把). Invented text, sites, places and people; see ../build.py."""

CASES = [
    dict(
        slug="gov-lanchuan-notice-mop-spotcheck",
        site="蒗川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.langchuan.gov.cn/zwgk/tzgg/202504/t20250417_55812.html",
        title="蒗川县市场监督管理局关于开展家用拖把等清洁用品质量抽检的通知",
        record_title="蒗川县市场监督管理局关于开展家用拖把等清洁用品质量抽检的通知_通知公告_蒗川县人民政府",
        date="2025-04-15",
        date_also=["2025-04-17"],
        notes="county portal with index table and 长者模式 links; sampling table; document's 联系人 beside the portal's 纠错 line; 成文日期 vs 发布时间",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>蒗川县市场监督管理局关于开展家用拖把等清洁用品质量抽检的通知_通知公告_蒗川县人民政府</title>
<script src="/js/jquery.min.js"></script><script>var siteId="lc01";</script>
</head><body>
<div class="topbar"><span>⟦m 欢迎访问蒗川县人民政府门户网站⟧</span> <a>⟦a 长者模式⟧</a> <a>⟦a 无障碍浏览⟧</a> <a>⟦a 手机版⟧</a></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 走进蒗川⟧</a><a>⟦m 政务公开⟧</a><a>⟦m 办事服务⟧</a><a>⟦m 互动交流⟧</a></div>
<div class="pos">⟦m 您所在的位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11530923MB0L27-03-2025-0041⟧</td><td>⟦m 发布机构：县市场监管局⟧</td></tr>
<tr><td>⟦m 发布时间：2025-04-17⟧</td><td>⟦m 主题分类：质量监管⟧</td></tr></table>
<h1>{T}</h1>
<div class="tool">⟦a 【字号：大 中 小】⟧ ⟦a 【打印此页】⟧ ⟦a 【关闭】⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="rel"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县市场监管局2024年产品质量监督抽查结果通报⟧</li><li>⟦l 关于开展电动自行车充电器专项检查的通知⟧</li></ul></div>
<div class="foot"><p>⟦m 主办：蒗川县人民政府办公室　承办：县融媒体中心⟧</p><p>⟦m 网站纠错电话：0879-6120033⟧</p><p>⟦m 滇ICP备09004512号-1　政府网站标识码：5309230017⟧</p></div>
<script>visitCount();</script>
</body></html>
""",
        body="""
各乡镇市场监管所，局机关各股室：
近期，群众反映部分商超销售的旋转拖把存在脱水篮断裂、拖把杆锈蚀等问题。为保障消费者权益，经局务会研究，决定在全县范围内开展家用拖把等清洁用品质量抽检。现将有关事项通知如下。
一、抽检范围
县城及各乡镇集贸市场、超市、日用百货店销售的平板拖把、旋转拖把、棉线拖把及配套拖把桶。
二、抽检安排
批次　产品类别　抽检数量　承检机构
第一批　旋转拖把　30组　县产品质量检验所
第二批　平板拖把　20组　县产品质量检验所
第三批　棉线拖把　15组　市纤维检验中心
三、工作要求
各所要如实填写抽样单，不得事先告知被抽样单位。抽检不合格的，依法责令停止销售并立案调查。
联系人：褚晓岚，联系电话：0879-6123358。
蒗川县市场监督管理局
2025年4月15日
""",
    ),
    dict(
        slug="news-qiuyang-mop-industrial-park",
        site="萩阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.qiuyangnews.com.cn/jingji/2025-03/08/content_91344.htm",
        title="萩阳平板拖把产业园首批企业投产",
        record_title="萩阳平板拖把产业园首批企业投产-萩阳新闻网",
        date="2025-03-08",
        notes="news byline with 时间 and 来源; photo caption on a line of its own between paragraphs; editor line glued after the last sentence",
        page="""
!m 萩阳新闻网　|　萩阳日报社主办
!m 首页 / 经济 / 正文
{T}
!m 2025-03-08 09:41　来源：萩阳日报　记者 邝宁 通讯员 詹立
!a 分享　　A+　A-
{BODY}
!l 【上一条】萩阳县一季度工业用电量同比增长
!l 【下一条】乡村集市里的“春季家政节”
!d 凡本网注明“来源：萩阳日报”的作品，版权均属萩阳日报社，转载请注明出处。
!m 萩阳新闻网违法和不良信息举报电话：0736-5200110
""",
        body="""
3月7日，位于萩阳经开区的平板拖把产业园迎来首批三家企业同时投产。园区规划年产平板拖把1200万套，预计带动就业800余人。
⟦m 图为工人在生产线上组装拖把头。记者 邝宁 摄⟧
据园区负责人介绍，入驻企业大多由原先分散在城郊的家庭作坊整合而来，过去“一台机器一间房”，如今统一进入标准厂房，共用注塑、布料裁切和仓储物流。
“以前接外贸单最怕验厂，现在环评、消防都是园区统一办好的。”一家企业负责人说，今年一季度订单已经排到5月。
下一步，经开区将引进超细纤维布料配套企业，补齐产业链短板。⟦m （责任编辑：戚文）⟧
""",
    ),
    dict(
        slug="intranet-jieyi-mop-factory-minutes",
        site="洁逸家居用品公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jieyi-home.local/doc/view?id=20250226-017",
        title="关于旋转拖把脱水篮质量问题的专题会议纪要",
        record_title=None,
        date="2025-02-26",
        notes="intranet document view with 流转记录 and read count; minutes' 时间/地点/主持/参会/记录 lines kept; title missing from the record",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 协同办公平台</title><link rel="stylesheet" href="/static/oa.css"></head>
<body>
<div class="hdr">⟦m 洁逸家居 · 协同办公⟧　⟦m 当前用户：质量部 闫瑾⟧　<a>⟦a 退出登录⟧</a></div>
<ul class="menu"><li>⟦m 待办事项⟧</li><li>⟦m 公文管理⟧</li><li>⟦m 知识库⟧</li><li>⟦m 通讯录⟧</li></ul>
<div class="doc">
<div class="doctitle">{T}</div>
<div class="meta">⟦m 文档编号：JY-ZL-2025-017　密级：内部　已阅 63 人⟧</div>
<div class="btns">⟦a 转发　归档　导出PDF⟧</div>
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-02-26 17:02 闫瑾 起草⟧</p><p>⟦m 2025-02-27 09:15 生产副总 审核通过⟧</p><p>⟦m 2025-02-27 10:40 总经理办公室 分发⟧</p></div>
<div class="foot">⟦m 信息中心技术支持：分机 8006⟧</div>
</body></html>
""",
        body="""
时间：2025年2月26日下午
地点：二号厂区会议室
主持：生产副总经理 聂成
参会：质量部、注塑车间、装配车间、采购部负责人
记录：闫瑾
会议听取了质量部关于近期客户退货情况的汇报。1月以来，旋转拖把脱水篮断裂退货共412件，主要集中在批号2412A和2501B。
经讨论，会议议定以下事项：
1. 注塑车间即日起将脱水篮壁厚由1.6毫米调整为2.0毫米，并增加一道保压工序。
2. 采购部暂停使用回料比例超标的PP粒子，3月5日前完成供应商约谈。
3. 质量部对库存成品按5%比例开箱复检，复检结果3月10日前报总经理办公室。
""",
    ),
    dict(
        slug="hospital-fuxi-mop-color-coding",
        site="芙溪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.fxxrmyy.com/news/ggtz/3381.html",
        title="关于规范病区拖把分区分色使用的通知",
        record_title="【院感科】关于规范病区拖把分区分色使用的通知",
        date="2025-05-09",
        notes="hospital site; department's 咨询电话 beside the hospital's 24-hour line; 附件 list; colour table",
        page="""
!m 芙溪县人民医院　二级甲等综合医院
!m 首页 ＞ 医院动态 ＞ 公告通知
{T}
!m 发布科室：医院感染管理科　　浏览：218
!a [ 打印 ]　[ 返回列表 ]
{BODY}
!m 预约挂号：0758-8661120　24小时急诊：0758-8661999
!m 地址：芙溪县长岭路96号　©芙溪县人民医院　粤ICP备18077215号
""",
        indent="\u3000\u3000",
        body="""
各病区、门诊各科室：
为防止拖把交叉使用造成病原体传播，根据院感防控有关要求，现就病区拖把分区分色使用规定如下。
颜色　使用区域
红色　卫生间、污物间
黄色　隔离病房
蓝色　普通病房、诊室
绿色　治疗室、护士站
各区域拖把应悬挂晾干，不得混放；拖把使用后按规定浸泡消毒，每日更换消毒液并登记。
保洁公司应于5月20日前完成更换，院感科将不定期抽查。
咨询电话：院感科 0758-8661347
附件：1. 病区拖把清洗消毒登记表
2. 分色标识张贴示意图
医院感染管理科
2025年5月9日
""",
    ),
    dict(
        slug="app-bixie-cleaning-team-summary",
        site="笔写APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://h5.bixieapp.com/share/doc?d=7bq3K1",
        title="2024年物业保洁班组工作总结",
        record_title="2024年物业保洁班组工作总结（通用版）｜笔写APP",
        date=None,
        notes="writing app share page; decorated title; AI-polish button glued after a sentence; share-stamp and relative time are no dates",
        page="""
!m 笔写 · 让文字更得体
!t 2024年物业保洁班组工作总结（通用版）
!m 分享自用户“南窗”　3天前
!a 打开App阅读全文
{BODY}
!a 喜欢这篇？打开笔写App，一键生成同类总结
!l 猜你还想写：保洁员个人年终总结｜物业客服年度总结｜绿化班组工作总结
!m 笔写APP v5.2.1
""",
        body="""
2024年，保洁班组共有保洁员14人，负责小区12栋住宅楼、地下车库及公共区域的日常清洁。
一年来，班组坚持“一楼一责”，推行楼道每日湿拖两遍、大堂每两小时巡拖一次的标准。⟦a ✦AI润色此段⟧
针对过去拖把混用的问题，我们为电梯轿厢、楼道、车库分别配置了不同颜色的拖把，并在工具间张贴了使用示意图。
全年共收到业主表扬信7封，保洁类投诉比上年减少一半。
不足之处是雨季大堂防滑处理不够及时，明年将增配吸水拖把和防滑警示牌。
""",
    ),
    dict(
        slug="wiki-baike-mop-entry",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.net/item/拖把/104377",
        title="拖把",
        record_title="拖把_知源百科",
        date=None,
        notes="encyclopaedia entry with contents box and edit stamp; no date",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>拖把_知源百科</title><script>window.__INIT__={};</script></head>
<body>
<header>⟦m 知源百科 · 全球中文知识库⟧ <a>⟦a 登录⟧</a> <a>⟦a 创建词条⟧</a></header>
<div class="search">⟦a 进入词条　全站搜索⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑　讨论　上传视频⟧</div>
<div class="toc">⟦l 目录 1 简介 2 种类 3 保养⟧</div>
<div class="para-wrap">
{BODY}
</div>
<div class="stat">⟦m 词条统计　浏览次数：88127次　编辑次数：31次　最近更新：橘子汽水（2天前）⟧</div>
<div class="ref">⟦l 猜你关注：扫帚　吸尘器　清洁剂⟧</div>
<footer>⟦d ©2025 知源百科　使用知源前必读　百科协议⟧</footer>
</body></html>
""",
        body="""
拖把，又称墩布，是用于擦洗地面的长柄清洁工具，一般由拖把杆和拖把头组成。
种类
按拖把头材质，可分为棉线拖把、海绵拖把、超细纤维平板拖把等；按脱水方式，可分为手拧式、挤压式和旋转甩干式。
保养
拖把使用后应及时清洗并挤干，悬挂在通风处晾干，避免滋生霉菌。医院、食品加工场所一般按区域分色使用拖把。
""",
    ),
    dict(
        slug="forum-jiaju-spin-mop-complaint",
        site="居家生活论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.jujiashenghuo.com/thread-228714-1-1.html",
        title="旋转拖把用了三个月脱水篮就裂了，大家遇到过吗",
        record_title="旋转拖把用了三个月脱水篮就裂了，大家遇到过吗 - 家务心得 - 居家生活论坛",
        date=None,
        notes="forum thread with junk lines and junk glued after 。; relative post time is no date",
        page="""
!m 居家生活论坛 » 家务心得 » 查看帖子
!m 查看: 1306 | 回复: 22
{T}
!m 楼主：嘟嘟妈　发表于 5天前　只看楼主
{BODY}
!a 回复　引用　举报
!l 2楼 小葱拌饭：我家的也是，后来换了平板的
!l 3楼 阿蔚：把保修卡翻出来，一般一年内免费换篮子
!a 登录后才能回帖，还没有账号？立即注册
!m Powered by Discuz! X3.4　© 居家生活论坛
""",
        junk=dict(lines=1, glued=2),
        body="""
去年双十一买的旋转拖把，用了三个月，脱水篮底部就裂了一道缝。甩的时候咔咔响，水还往外溅。
联系客服，说要拍视频证明是正常使用。我每天就拖一次客厅，真没用力踩。
想问问大家，这种拖把的篮子一般能用多久？是不是塑料太薄了？
另外求推荐耐用一点的拖把，家里有老人，最好不用弯腰拧。
""",
    ),
    dict(
        slug="tender-chunhu-cleaning-supplies",
        site="莼湖县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.chunhu.gov.cn/jyxx/zfcg/cggg/20250610/0032.html",
        title="莼湖县机关事务服务中心2025年度保洁用品采购项目竞争性磋商公告",
        date="2025-06-10",
        record_date="2025-06-10",
        notes="tender platform; lots table; purchaser and agency contacts beside the platform's CA hotline; 下载 磋商文件 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>莼湖县公共资源交易平台</title></head><body>
<div class="top">⟦m 莼湖县公共资源交易平台⟧ <span>⟦a 主体登录⟧</span> <span>⟦a 专家登录⟧</span></div>
<div class="nav">⟦m 首页 | 交易信息 | 政策法规 | 服务指南 | 下载中心⟧</div>
<div class="loc">⟦m 当前位置：交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 信息来源：莼湖县公共资源交易中心　发布日期：2025-06-10　浏览次数：97⟧</p>
<div class="con">
{BODY}
</div>
<div class="att">⟦a 附件下载：磋商文件（CHCG-2025-114）.zip⟧</div>
<div class="foot"><p>⟦m CA办理及技术支持热线：400-017-6688⟧</p><p>⟦m 主办单位：莼湖县公共资源交易中心　技术支持：智采云⟧</p></div>
</body></html>
""",
        body="""
项目编号：CHCG-2025-114
一、项目概况：本项目为县级机关办公区保洁用品年度采购，分两个包。
包号　品目　数量　最高限价
1包　平板拖把及替换拖布　600套　4.2万元
2包　尘推、扫把、垃圾桶　480件　3.1万元
二、供应商资格要求：具有独立承担民事责任的能力，近三年无重大违法记录。
三、获取磋商文件：请于2025年6月11日至6月17日登录交易平台下载磋商文件。
四、响应文件提交截止时间：2025年6月23日9时30分。
五、联系方式
采购人：莼湖县机关事务服务中心　联系人：严冬生　电话：0576-8320117
代理机构：浙莼项目管理有限公司　联系人：葛蓉　电话：0576-8325590
""",
    ),
    dict(
        slug="snapshot-heyuan-stairwell-mop-sink",
        site="搜寻网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.souxun.cn/c?u=http%3A%2F%2Fwww.heyuansq.org%2Fgg%2F1183.html",
        title="关于楼道拖把池改造期间暂停使用的通知",
        record_title="关于楼道拖把池改造期间暂停使用的通知 - 网页快照",
        date="2025-07-02",
        notes="search-cache frame with its crawl time (no date); community duty phone beside the property hotline",
        page="""
!d 这是 http://www.heyuansq.org/gg/1183.html 的快照，是网页在2025年7月6日 03:12 的存档。当前页面可能已更改。
!a 高亮显示：拖把池　改造
!m 荷园社区服务网 ＞ 社区公告
{T}
{BODY}
!m 荷园社区服务网　物业24小时服务热线：0594-2767000
""",
        body="""
各位居民：
因3号楼、5号楼楼道拖把池下水管老化渗漏，物业将于7月8日至7月12日进行改造，期间上述两栋楼道拖把池暂停使用。
请居民不要在楼道倾倒拖把污水，可到一楼保洁间临时使用。
施工期间如有问题，请联系社区值班电话：0594-2761385。
荷园社区居民委员会
2025年7月2日
""",
    ),
    dict(
        slug="mail-fwd-mop-pole-recall",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:sales-east@qingtuo-clean.com",
        title="关于召回部分伸缩拖把杆的通知",
        record_title="Fwd: 关于召回部分伸缩拖把杆的通知",
        date="2025-08-18",
        date_also=["2025-08-19"],
        notes="forwarded mail with its headers; document's 附件 list under the mail's own attachment line; mail date vs document date",
        page="""
!m 发件人：钱蔚 <qianwei@qingtuo-clean.com>
!m 发送时间：2025年8月19日（星期二）上午9:26
!m 收件人：华东区各经销商
!t 主题：Fwd: 关于召回部分伸缩拖把杆的通知
!m 附件：召回登记表.xlsx（18KB）
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 本邮件及其附件含有青拖清洁用品有限公司保密信息，仅限发送给上述收件人使用。
!a 回复　回复全部　转发
""",
        body="""
各经销商：
我公司发现2025年5月生产的部分伸缩拖把杆（型号QT-S300，批号250512至250520）锁扣弹片强度不足，伸缩时可能突然回缩夹手。为保障用户安全，公司决定主动召回上述产品。
请各经销商立即下架库存，并于8月31日前将召回数量填入登记表回传。
召回热线：0512-6670921（工作日8:30-17:30）
附件：召回产品登记表
青拖清洁用品有限公司
2025年8月18日
""",
    ),
    dict(
        slug="school-anjie-housekeeping-mopping-course",
        site="安洁家政职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.anjiejz.com/course/baojie-2025.html",
        title="安洁家政职业培训学校2025年秋季保洁技能班招生简章",
        record_title="【招生】安洁家政职业培训学校2025年秋季保洁技能班招生简章",
        date="2025-08-01",
        notes="training school with float box and 400 line; school's own 报名电话 kept; course table; date under the brochure",
        page="""
<html><head><meta charset="utf-8"><title>2025年秋季保洁技能班招生简章-安洁家政</title>
<script>function openChat(){}</script></head><body>
<div class="head">⟦m 安洁家政职业培训学校　人社部门备案培训机构⟧</div>
<div class="menu">⟦m 学校首页 · 课程设置 · 学员风采 · 在线报名⟧</div>
<h1>{T}</h1>
<div class="bar">⟦m 作者：招生办　阅读：1470⟧</div>
<article>
{BODY}
</article>
<div class="float">⟦w 在线咨询 微信：anjie_jz88⟧ ⟦w 全国招生热线 400-660-2315⟧</div>
<div class="next">⟦l 下一篇：育婴员（五级）培训班开课啦⟧</div>
<footer>⟦m Copyright 2025 安洁家政 苏ICP备21033610号⟧</footer>
</body></html>
""",
        body="""
本期保洁技能班面向有意从事家政保洁工作的城乡劳动者，培训合格者可参加职业技能等级认定。
周次　内容
第一周　清洁工具认识，拖把、尘推、刮水器的选用
第二周　地面湿拖与干拖，木地板和大理石的不同拖法
第三周　厨卫深度清洁与消毒
学费：1280元，符合条件的可申请职业培训补贴。
报名电话：0517-83390126（周一至周六）
安洁家政职业培训学校
2025年8月1日
""",
    ),
]
