"""holdout175, part E: adhesive and packing tape (胶带). Every text, site, person and place invented."""

CASES = [
    dict(
        slug="dangjian-tape-express-party-wrapped",
        site="篙浦党建网 (invented), text",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.gpdj.gov.cn/dyjy/2024/1120_3301.html",
        title="在快递物流行业党建工作推进会上的讲话",
        record_title="在快递物流行业党建工作推进会上的讲话_篙浦党建网",
        date="2024-11-19",
        notes="hard-wrapped at 58 columns; date under speech title; speaker line neutral; role kept",
        wrap=58,
        indent="　　",
        page="""
!m 篙浦党建网
!m 首页　要闻动态　两新党建　党员教育　基层风采
!m 当前位置：首页 > 两新党建
{T}
（2024年11月19日）
区委组织部副部长　龚海澄
{BODY}
!a 【打印文章】【关闭窗口】
!l 上一篇：篙浦区新就业群体“暖心驿站”建设综述
!m 中共篙浦区委组织部主办　苏ICP备13030566号
""",
        body="""
同志们：
快递物流行业是我区新就业群体最集中的行业之一。过去一年，全区快递物流企业新建党组织11个，发展党员23名，党组织覆盖率进一步提高。
在调研中我们看到，一些企业把党建工作融入分拣、打包等具体环节，比如推行减量胶带、循环快递箱，党员带头做到“瘦身胶带”封箱，一年节约胶带近两万米。
下一步，各行业党委要继续推动党的组织和工作有效覆盖，把党建优势转化为企业发展优势，为快递小哥办好就餐、休息、子女入学等实事。
""",
    ),
    dict(
        slug="community-tape-window-typhoon-html",
        site="箐阳市滨江社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qybjsq.cn/tzgg/2024-09-04.html",
        title="关于做好台风来临前家庭防护的温馨提示",
        record_title="【社区公告】关于做好台风来临前家庭防护的温馨提示",
        date="2024-09-04",
        notes="community page: grid-worker phone in body vs property hotline chrome; 胶带 sentence; property WeChat group prompt",
        page="""
<html><head><meta charset="utf-8"><title>【社区公告】关于做好台风来临前家庭防护的温馨提示</title></head><body>
<div class="sq-top">⟦m 滨江社区⟧ ⟦m 邻里守望　温暖滨江⟧</div>
<div class="sq-nav">⟦m 首页 | 社区公告 | 党群服务 | 便民信息 | 志愿服务⟧</div>
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：滨江社区居委会　日期：2024-09-04　阅读：1380⟧</div>
{BODY}
<div class="sq-wy">⟦w 物业报修：0831-6697711　加入小区业主群请联系物业前台⟧</div>
<div class="sq-foot">⟦d 本站信息由社区居委会发布，转载请注明⟧</div>
</body></html>
""",
        body="""
各位居民：
据气象部门预报，今年第11号台风预计9月6日夜间影响我市，届时将有大风和暴雨。请大家提前做好以下防护：
一、关紧门窗，收回阳台上的花盆和晾晒物品。
二、大块玻璃窗可用胶带贴成“米”字形，减少玻璃破碎后飞溅伤人，但胶带不能防止玻璃破碎，仍要远离窗户。
三、储备饮用水、食品和照明用品，手机提前充满电。
如遇险情，请及时联系社区网格员汪慧，电话：138-8318-2046。
滨江社区居委会
""",
    ),
    dict(
        slug="anthology-tape-mending-books-html",
        site="补书斋文集 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="html",
        source="http://bushuzhai.net/wenji/juan1/12.html",
        title="透明胶带补过的课本",
        record_title="《补书斋文集》卷一·第12篇｜透明胶带补过的课本",
        date=None,
        notes="old table-layout personal collection, marquee and visitor counter, chapter nav; no date",
        page="""
<html><head><meta charset="gb2312"><title>《补书斋文集》卷一·第12篇｜透明胶带补过的课本</title></head><body>
<table width="780" align="center"><tr><td>⟦m 补书斋文集⟧</td></tr>
<tr><td><marquee>⟦m 欢迎光临补书斋，这里记录一个老教师的旧时光⟧</marquee></td></tr></table>
<table width="780" align="center"><tr><td>⟦l 卷一目录⟧ ⟦l 上一篇：我的第一支钢笔⟧ ⟦l 下一篇：煤油灯下⟧</td></tr></table>
<h3>{T}</h3>
{BODY}
<p>⟦l 返回目录⟧</p>
<p>⟦m 您是第 000318275 位来访者⟧</p>
<p>⟦d 本文集文字版权所有，请勿转载⟧</p>
</body></html>
""",
        body="""
我读小学时，课本是要一届一届传下去的。开学领到的书，常常已经卷了角、掉了页。
那时候透明胶带是稀罕物，一卷要用很久。母亲舍不得多剪，总是量好了长度，一小段一小段地把破页粘好。
粘过的书页摸上去硬硬的，在灯下会反光，读起来有些费眼，可我从没觉得它难看。
后来我当了老师，每逢开学，也会在讲台上放一卷胶带，谁的书破了，就来粘一粘。
""",
    ),
    dict(
        slug="download-tape-warehouse-sop-text",
        site="办公资料下载网 (invented), text",
        style="资料下载站",
        genre="制度",
        kind="rule",
        form="text",
        source="http://www.bgzlxz.com/down/29871.html",
        title="仓库打包封箱作业规范",
        record_title="仓库打包封箱作业规范.doc",
        date=None,
        notes="download station as text: file info, mirror lines, no date (upload time only); numbered list",
        page="""
!m 办公资料下载网 - 免费办公文档模板
!m 资料分类：行政管理 > 仓储物流
{T}
!m 文件大小：24KB　更新时间：2024-08-17　授权：免费
!a 【高速下载】【普通下载】【迅雷下载】
{BODY}
!a 下载地址失效请点击报错
!d 本站资源仅供学习交流，版权归原作者所有
""",
        body="""
1.封箱胶带统一使用公司配发的48毫米印字胶带，不得使用其他胶带替代。
2.纸箱封口采用“工”字形封法，胶带两端各延伸至侧面5厘米以上。
3.易碎品外箱须在四个侧面加贴“易碎”警示胶带。
4.打包员每日下班前清点胶带用量，异常消耗报仓库主管。
5.使用胶带切割器时注意防护，刀口朝下存放。
""",
    ),
    dict(
        slug="baike-tape-duct-tape-entry-html",
        site="百问知识库 (invented encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://www.baiwenzsk.cn/entry/布基胶带",
        title="布基胶带",
        record_title="布基胶带_百问知识库",
        date=None,
        notes="encyclopaedia entry: edit and cite links, contributors, catalogue; no date",
        page="""
<html><head><meta charset="utf-8"><title>布基胶带_百问知识库</title></head><body>
<div class="bk-top">⟦m 百问知识库⟧ ⟦a 创建词条 | 个人中心⟧</div>
<h1>{T}</h1>
<div class="bk-tool">⟦a 编辑 收藏 引用 分享⟧</div>
<div class="bk-cat">⟦l 目录：1 简介 2 特点 3 用途⟧</div>
{BODY}
<div class="bk-ref">⟦m 词条贡献者：3人　浏览量：8107⟧</div>
<div class="bk-foot">⟦d 百问知识库 © 2025 词条内容仅供参考⟧</div>
</body></html>
""",
        body="""
布基胶带是以聚乙烯和纱布纤维热复合为基材，涂布高粘性合成胶而成的一种胶带，俗称“地毯胶带”。
布基胶带剥离力强、拉伸强度高、耐油耐水，可以用手直接撕开，不需要剪刀。
常用于地毯拼接、展会铺装、重型纸箱封箱、管道缠绕和舞台地面标记等场合。
布基胶带长期粘贴后可能残胶，粘贴在家具或墙面上时应先在不显眼处试用。
""",
    ),
    dict(
        slug="snapshot-tape-postal-rule-text",
        site="text-only cache of 籁田邮政分公司 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.kuaizhao.example.cn/search?q=cache:ltyz.cn/gg/2024/0611",
        title="关于规范邮件包装胶带使用的通知",
        record_title="关于规范邮件包装胶带使用的通知 - 快照",
        date="2024-06-11",
        notes="text-only cache header with archive stamp (not a date), keywords line; document date under signature",
        page="""
!d 这是谷仓搜索对 ltyz.cn/gg/2024/0611 的缓存，页面可能已更改，存档于 2025-03-01 06:12:40
!a 纯文字版本　|　查看原网页
!m 搜索词已标出：胶带 包装
!m 籁田邮政分公司 > 公告公示
{T}
{BODY}
!m 籁田邮政分公司　蜀ICP备12004488号
""",
        body="""
各营业网点、揽投部：
近期部分网点出现胶带缠绕过多、包装过度等问题，既浪费资源也影响用户体验。现就规范邮件包装胶带使用通知如下：
一、普通邮件纸箱封口胶带长度一般不超过箱体周长的1.5倍，严禁整箱缠绕。
二、推广使用免胶带纸箱和可降解胶带，年内免胶带纸箱使用比例达到三成以上。
三、各单位每月上报胶带领用和消耗情况，分公司每季度通报。
籁田邮政分公司
2024年6月11日
""",
    ),
    dict(
        slug="association-tape-industry-survey-html",
        site="篙浦市胶粘制品行业协会 (invented)",
        style="行业协会",
        genre="调研报告",
        kind="report",
        form="html",
        source="http://www.gpjnxh.org/hyzx/2025/0110.html",
        title="篙浦市胶粘带行业2024年运行情况调研报告",
        record_title="【协会动态】篙浦市胶粘带行业2024年运行情况调研报告",
        date="2025-01-10",
        notes="association site: join prompt, member list sidebar, data table rows in body",
        page="""
<html><head><meta charset="utf-8"><title>【协会动态】篙浦市胶粘带行业2024年运行情况调研报告</title></head><body>
<div class="xh-head">⟦m 篙浦市胶粘制品行业协会⟧ ⟦a 会员登录 | 入会申请⟧</div>
<div class="xh-nav">⟦m 协会首页 协会简介 行业动态 会员单位 技术标准 联系我们⟧</div>
<h2>{T}</h2>
<p class="xh-meta">⟦m 发布日期：2025-01-10　来源：协会秘书处⟧</p>
{BODY}
<div class="xh-side"><h4>⟦l 会员风采⟧</h4><p>⟦l 篙浦永固胶带厂　篙浦博粘新材料⟧</p></div>
<div class="xh-foot">⟦w 秘书处电话：0512-67782210⟧ ⟦m 苏ICP备20014471号⟧</div>
</body></html>
""",
        body="""
为掌握全市胶粘带行业运行情况，协会于2024年12月对42家会员企业开展了问卷调查和实地走访。
指标　2024年　同比
产值（亿元）　38.6　增长6.2%
出口额（亿元）　9.4　增长11.5%
研发投入（亿元）　1.3　增长18.0%
调查显示，行业整体稳中有进，可降解胶带、电子用胶带等高端产品增长较快，但普通封箱胶带产能过剩、价格竞争激烈。
建议企业加快产品结构调整，协会将组织开展可降解胶带团体标准制定工作。
""",
    ),
    dict(
        slug="tender-tape-archive-supplies-text",
        site="筱川县政府采购网 (invented), text",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.xiaochuan.gov.cn/cggg/2024/1028.html",
        title="筱川县档案馆档案修复耗材采购项目询价公告",
        record_title="筱川县档案馆档案修复耗材采购项目询价公告-筱川县政府采购网",
        date="2024-10-28",
        notes="procurement text page: CA and platform hotlines chrome; purchaser contacts and 下载 sentence kept; lot table",
        page="""
!m 筱川县政府采购网
!a 供应商登录　|　注册　|　CA办理
!m 首页 > 采购公告 > 询价公告
{T}
!m 发布时间：2024-10-28 16:30　浏览次数：58
{BODY}
!w 平台技术服务热线：400-880-9176
!l 上一条：筱川县第二中学课桌椅采购项目成交公告
!m 筱川县财政局主办
""",
        body="""
一、项目编号：XCCG-2024-0388
二、采购内容
序号　品名　数量
1　无酸档案修复胶带　200卷
2　日本纸修复纸　50刀
3　糨糊粉　30千克
三、报价截止时间：2024年11月4日9时30分。
四、供应商须在本网站下载询价文件，按要求密封报价。
五、采购人：筱川县档案馆，联系人：车老师，电话：0571-86122350。
""",
    ),
    dict(
        slug="fanwenapp-tape-green-pledge-oneline",
        site="公文帮 App (invented)",
        style="范文APP",
        genre="倡议书",
        kind="proposal",
        form="text",
        source="https://m.gongwenbang.cn/share/art/90112",
        title="快递包装“绿色瘦身”倡议书",
        record_title="快递包装“绿色瘦身”倡议书（通用版）｜公文帮",
        date="2024-11-01",
        notes="app share page: body on one line with indents; open-app and member prompts",
        oneline=True,
        indent="　　",
        page="""
!m 公文帮
!a 在App内打开
{T}
!m 公文帮编辑部　·　已有2.4万人阅读
{BODY}
!a 开通会员，解锁全部范文
!l 相关范文：垃圾分类倡议书　光盘行动倡议书
""",
        body="""
广大快递企业、电商商家和消费者朋友们：
快递业务量连年增长，随之而来的是大量胶带、填充物和包装箱。为减少包装污染，我们发出如下倡议：
商家和快递网点要减少胶带缠绕，推广免胶带纸箱和可循环快递袋。
消费者收到快递后，请将纸箱压扁、撕下胶带后交投放点回收。
让我们从一段胶带做起，为绿色生活出一份力。
篙浦区邮政管理局
2024年11月1日
""",
    ),
    dict(
        slug="edu-tape-kindergarten-craft-text",
        site="笪湖县教育信息网 (invented), text",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.dhjy.net/tzgg/2025/0117.html",
        title="关于规范幼儿园手工活动材料使用的通知",
        record_title="关于规范幼儿园手工活动材料使用的通知--笪湖县教育信息网",
        date="2025-01-15",
        date_also=["2025-01-17"],
        notes="education portal as text: 文号 neutral; date under signature differs from 发布 line",
        page="""
!m 笪湖县教育信息网
!m 首页　教育新闻　通知公告　学前教育　招生考试
!m 当前位置：首页 >> 通知公告
{T}
!m 发布：2025-01-17　作者：学前教育股　浏览：416次
笪教学前〔2025〕3号
{BODY}
!a 【打印】【关闭】
!m 笪湖县教育局主办　黔ICP备08002219号
""",
        body="""
各幼儿园：
为保障幼儿在手工活动中的安全，现就规范手工材料使用通知如下。
一、双面胶、美纹纸胶带、透明胶带等材料应选用无毒产品，由教师分发、统一回收。
二、小班幼儿不得单独使用胶带切割器和剪刀，中大班幼儿使用圆头剪刀须有教师看护。
三、各园要定期检查手工材料，过期变质的及时清理。
笪湖县教育局
2025年1月15日
""",
    ),
    dict(
        slug="university-tape-lab-label-rule-text",
        site="簕口海洋大学 (invented), text",
        style="高校官网",
        genre="制度",
        kind="rule",
        form="text",
        source="https://sys.lkou.edu.cn/gzzd/2024/0402.htm",
        title="实验室试剂瓶标签与警示胶带使用办法",
        record_title="实验室试剂瓶标签与警示胶带使用办法-实验室管理处-簕口海洋大学",
        date="2024-04-02",
        notes="university unit page as text: 发布 line gives the date; articles; two-level nav chrome",
        page="""
!m 簕口海洋大学 实验室与设备管理处
!m 首页 ｜ 部门概况 ｜ 规章制度 ｜ 安全教育 ｜ 下载中心
!m 当前位置：首页 > 规章制度
{T}
!m 发布日期：2024-04-02　点击次数：233
{BODY}
!l 上一条：危险化学品采购审批流程
!l 下一条：实验室安全准入考试说明
!m 版权所有：簕口海洋大学实验室与设备管理处
""",
        body="""
第一条　实验室所有试剂瓶均须粘贴标签，注明名称、浓度、配制日期和配制人。
第二条　剧毒、易燃、腐蚀性试剂存放区域须在地面粘贴黄黑警示胶带，划定警戒线。
第三条　警示胶带出现磨损、卷边的，实验室安全员应在一周内更换。
第四条　本办法自发布之日起施行，由实验室与设备管理处负责解释。
""",
    ),
]
