"""holdout181, part A: water taps (水龙头). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="gov-chaochuan-tap-spotcheck-index-table",
        site="锸川县市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scx.chaochuan.gov.cn/xxgk/zlaq/202505/t20250519_40217.html",
        title="关于2025年第一季度水嘴产品质量监督抽查情况的通报",
        record_title="关于2025年第一季度水嘴产品质量监督抽查情况的通报_质量安全_锸川县市场监督管理局",
        date="2025-05-16",
        date_also=["2025-05-19"],
        notes="county portal with 索引号 table (its 发布日期 differs from the 成文日期), 长辈模式 links, spot-check table, the bureau's own 咨询电话 beside the portal's 纠错 line",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于2025年第一季度水嘴产品质量监督抽查情况的通报_质量安全_锸川县市场监督管理局</title>
<script src="/js/jquery.min.js"></script><script>var _hm=_hm||[];</script></head>
<body>
<div class="top-bar"><span>⟦m 欢迎访问锸川县市场监督管理局门户网站⟧</span><a href="/zzms">⟦a 长辈模式⟧</a> <a href="/wza">⟦a 读屏专用⟧</a> <a href="/en">⟦a English⟧</a></div>
<div class="nav"><ul><li>⟦m 网站首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul></div>
<div class="crumb">⟦m 您所在的位置：首页 ＞ 政务公开 ＞ 质量安全⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索 引 号：11410329MB1937260X/2025-00418⟧</td><td>⟦m 主题分类：质量监督⟧</td></tr>
<tr><td>⟦m 发布机构：锸川县市场监督管理局⟧</td><td>⟦m 发布日期：2025-05-19⟧</td></tr>
<tr><td>⟦m 文　　号：锸市监〔2025〕31号⟧</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<h1 class="art-title">{T}</h1>
<div class="tools">⟦a 【字体：大 中 小】⟧ ⟦a 【打印本文】⟧ ⟦a 【关闭窗口】⟧ ⟦m 浏览次数：863⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="related"><h3>⟦l 相关信息⟧</h3><ul><li>⟦l 锸川县2024年度电动自行车充电器抽查结果⟧</li><li>⟦l 关于开展“守护舌尖”专项检查的通告⟧</li></ul></div>
<div class="footer"><p>⟦m 主办单位：锸川县市场监督管理局　网站标识码：4103290012⟧</p><p>⟦m 豫ICP备15008832号-3　豫公网安备41032902000211号⟧</p><p>⟦m 网站纠错电话：0379-66180000（工作日）⟧</p></div>
<script>document.write('');</script>
</body></html>
""",
        body="""
各乡镇市场监管所，局机关各股室：
为提升我县水暖卫浴产品质量，保障群众用水安全，2025年第一季度，我局对县内生产、销售的水嘴（水龙头）产品开展了监督抽查，共抽查32家企业的48批次产品，检出不合格产品5批次，不合格发现率10.4%。现将有关情况通报如下：
一、不合格产品情况
序号　企业名称　产品规格　不合格项目
1　锸川县恒流卫浴厂　单柄双控面盆水嘴　铅析出量
2　锸川县聚源五金制品有限公司　厨房抽拉水嘴　流量
3　锸川县福泉水暖经营部　洗衣机专用水嘴　抗水压机械性能
二、有关要求
对抽查不合格的企业，各监管所要依法责令其停止生产销售，查明原因、限期整改，并于6月30日前完成复查。
本通报的咨询电话：0379-66182415（质量股）。
锸川县市场监督管理局
2025年5月16日
""",
    ),
    dict(
        slug="fanwen-shuxiu-tap-workshop-report-decorated",
        site="书秀范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.shuxiu88.com/shuzhi/chejian/20250107/55130.html",
        title="水龙头装配车间主任2024年度述职报告",
        record_title="【精选】水龙头装配车间主任2024年度述职报告（通用2篇）",
        date=None,
        notes="decorated title; posting line's relative time is no date; a writing-service prompt glued after a sentence; a 'members read on' line between paragraphs",
        page="""
!m 书秀范文网 — 好材料，随手可得
!m 当前位置：书秀范文网 › 述职报告 › 车间述职
!t 【精选】水龙头装配车间主任2024年度述职报告（通用2篇）
!m 投稿：阿铜　更新：3天前　热度：1096
!a 〔复制全文〕〔下载DOC〕〔收藏本篇〕
{BODY}
!a 本篇共1528字，开通会员即可下载可编辑版本。
!l 您可能还需要：
!l 卫浴企业班组长年终述职报告
!l 质检员个人年度工作总结（3篇）
!d 本站文章由网友投稿或整理自互联网，仅供参考学习，如有不妥请联系删除。
!m Copyright © 2019-2025 shuxiu88.com 书秀范文网　苏ICP备19052371号
""",
        indent="\u3000\u3000",
        body="""
一年来，我在公司领导班子的带领下，带领装配车间86名员工，围绕“提质量、降损耗、保交期”三件事开展工作，现将履职情况报告如下。
一、生产任务完成情况。全年装配各类水龙头41.2万只，完成年度计划的103%；一次交检合格率由96.1%提高到98.4%，客户退货率下降0.6个百分点。⟦w 写不出来？专业写手一对一代写，微信：sx_wenmi88⟧
二、工艺改进情况。针对阀芯压装漂移的问题，组织技术骨干改造了三台压装工装，增加了压力曲线监控，全年减少阀芯返工约1.3万只。
⟦a ——以下内容为会员专享，开通后继续阅读——⟧
三、存在的不足。一是新员工培训周期偏长，二是试水工位在旺季仍是瓶颈。
下一年，我将重点推进试水工位自动化改造，把车间的人均产出再提高一成。
""",
    ),
    dict(
        slug="forum-jiaju-dripping-tap-junk",
        site="家居达人社区 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.jiajudaren.cn/thread-2281907-1-1.html",
        title="水龙头关紧了还一直滴水，自己换阀芯的全过程",
        record_title="[经验分享] 水龙头关紧了还一直滴水，自己换阀芯的全过程 - 装修问答区 - 家居达人社区",
        date=None,
        notes="forum thread with junk lines and junk glued after sentences; 发表于 relative time; signature; quick reply box",
        page="""
!m 家居达人社区 › 装修问答区 › 查看帖子
!t [经验分享] 水龙头关紧了还一直滴水，自己换阀芯的全过程
!m 楼主：铍阳老周　　发表于 5 天前　　查看 2310 | 回复 27
!l 只看该作者　倒序浏览　阅读模式
{BODY}
!m ——————————
!m 签名：装修三年，修了三年。
!l 沙发：点赞，正好我家厨房那个也在滴
!l 板凳：阀芯尺寸是不是有好几种？
!a 高级模式　发表回复　回帖并转播
!m 家居达人社区 ( 闽ICP备20011875号 )　Powered by Discuz! X3.4
""",
        junk=dict(lines=2, glued=2),
        body="""
家里卫生间那个单把手水龙头，关到底了还是一滴一滴往下掉，一晚上能接小半盆水。
先说结论：九成是陶瓷阀芯坏了，换一个阀芯二三十块钱，自己半小时能搞定。第一步，先关掉台盆下面的角阀，再拧开水龙头放掉管里的余水。第二步，撬开把手上的红蓝装饰帽，用内六角扳手卸下把手，再用扳手拧下阀芯压盖。
第三步，把旧阀芯拿到五金店比对，一定买同口径的，常见的是35和40两种。
装回去以后打开角阀试水，我这个换完已经一个礼拜，一滴都没再漏过。
""",
    ),
    dict(
        slug="oa-hengyuan-tap-quality-minutes-flow",
        site="恒源卫浴集团协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.hengyuan-sw.local/doc/view.do?id=20250311-0072",
        title="关于水嘴铅析出量整改的专题会议纪要",
        record_title=None,
        date="2025-03-12",
        date_also=["2025-03-11"],
        notes="intranet document view: minutes' 时间/地点/主持/参会/记录 lines and a decision list; 流转记录 and read count as chrome; 印发 line kept",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 恒源卫浴集团协同办公平台</title><link rel="stylesheet" href="/oa/css/main.css"></head>
<body>
<div id="header">⟦m 恒源卫浴集团协同办公平台⟧　⟦m 当前用户：质量部 陈立帆⟧　<a href="/logout">⟦a 安全退出⟧</a></div>
<div id="menu"><a>⟦m 待办事项(6)⟧</a> <a>⟦m 已办事项⟧</a> <a>⟦m 公文查看⟧</a> <a>⟦m 通讯录⟧</a></div>
<div class="doc">
<div class="doc-head"><h2>{T}</h2><p>⟦m 拟稿部门：质量部　　密级：内部　　阅读次数：57⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<table><tr><td>⟦l 质量部 陈立帆　拟稿　03-11 17:20⟧</td></tr><tr><td>⟦l 总经办 韩松　审核　03-12 09:05⟧</td></tr><tr><td>⟦l 副总经理 吴岱　签发　03-12 10:31⟧</td></tr></table></div>
<div class="btns"><button>⟦a 打印正文⟧</button><button>⟦a 下载附件⟧</button><button>⟦a 转发⟧</button></div>
</div>
<div id="footer">⟦d 本系统仅限集团内部使用，严禁截屏外传。⟧</div>
</body></html>
""",
        body="""
时间：2025年3月11日14:30
地点：集团三楼第二会议室
主持：吴岱（副总经理）
参会：质量部、技术部、铸造车间、采购部负责人
记录：陈立帆
会议听取了质量部关于二月份出口水嘴铅析出量超标批次的原因分析，经研究，议定如下事项：
1. 铸造车间自3月15日起全部改用低铅黄铜锭，库存旧料由采购部统一封存。
2. 技术部在一周内完成内腔清洗工艺验证，清洗时间由8分钟调整为12分钟。
3. 质量部对同期生产的6个批次全部复检，复检结果于3月20日前报总经办。
印发：集团领导，各部门、各车间（2025年3月12日印发）
""",
    ),
    dict(
        slug="print-luoshui-public-tap-rules",
        site="锊口市供水有限公司 (invented)",
        style="打印页",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://www.luokou-water.com.cn/print.aspx?id=1187",
        title="锊口市公共取水点水龙头管理办法",
        record_title="打印预览 - 锊口市公共取水点水龙头管理办法",
        date=None,
        notes="print view with a print bar and print footer; articles (第N条) that speak of 扫码 as content; no date",
        page="""
!a 【打印】　【返回】　【关闭】
!m 锊口市供水有限公司　www.luokou-water.com.cn
{T}
{BODY}
!m 打印时间：2025/08/02 10:47
!m ＝ 第1页 ∕ 共1页 ＝
""",
        body="""
第一条　为规范全市公园、广场、菜市场等公共取水点水龙头的使用和维护，节约用水，制定本办法。
第二条　公共取水点水龙头由本公司统一安装，一律采用延时自闭式水龙头，每次出水时间不超过15秒。
第三条　任何单位和个人不得私自拆卸、加接水管或者用公共取水点水龙头洗车、冲洗摊位。
第四条　每个取水点张贴报修二维码，市民发现漏水、损坏的，可扫码报修，维修人员应在24小时内到场处理。
第五条　本办法自发布之日起施行。
""",
    ),
    dict(
        slug="news-tongcheng-school-water-saving-taps-caption",
        site="铚湖新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhihunews.cn/xw/jy/2025-09/08/content_771204.html",
        title="铚湖县32所中小学换上节水龙头",
        record_title="铚湖县32所中小学换上节水龙头-铚湖新闻网",
        date="2025-09-08",
        notes="news portal: byline's 发布时间 is the date; photo caption between paragraphs; editor line glued after the last sentence; ad slot",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>铚湖县32所中小学换上节水龙头-铚湖新闻网</title><script async src="/ad/slot.js"></script></head>
<body>
<header><div class="logo">⟦m 铚湖新闻网⟧</div><nav>⟦m 首页 | 时政 | 教育 | 民生 | 视频 | 专题⟧</nav><div class="ad">⟦m 广告⟧</div></header>
<div class="main"><div class="position">⟦m 当前位置：首页 > 教育⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-09-08 08:52　来源：铚湖县融媒体中心　记者：彭晓岚⟧</div>
<div class="content">
{BODY}
</div>
<div class="prevnext">⟦l 上一条：铚湖县秋季学期首批营养餐配送车辆交付⟧<br>⟦l 下一条：县图书馆“开学季”借阅量创新高⟧</div>
</div>
<aside><h3>⟦l 24小时热点⟧</h3><ol><li>⟦l 铚湖高铁站站前广场改造完工⟧</li><li>⟦l 全县秋粮收购准备工作启动⟧</li></ol></aside>
<footer>⟦d 本网所刊登内容未经授权禁止转载⟧　⟦m 新闻热线：0558-2213377⟧　⟦m 皖ICP备18024561号⟧</footer>
</body></html>
""",
        body="""
开学第一周，铚湖县实验小学的学生们发现，洗手池上的水龙头“变聪明”了：手伸过去出水，手一拿开就停。
暑假期间，县教育局投入资金86万元，为全县32所中小学更换感应式和延时自闭式节水龙头4100余个，同步维修了老旧供水管道。
⟦m 图为实验小学学生在新换的感应水龙头前洗手。彭晓岚 摄⟧
“以前总有同学洗完手忘了关水，现在不用操心了。”学校后勤主任说。据测算，改造后全县中小学每月可节水约6000吨。⟦m （责任编辑：顾小禾）⟧
""",
    ),
    dict(
        slug="qa-wenwenba-tap-noise-answers",
        site="问问吧 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenwenba.com/q/88420193.html",
        title="水龙头一开就嗡嗡响是怎么回事？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title; answer's 回答于 relative time is no date; vote bar and other answers as chrome",
        page="""
!m 问问吧 > 家居生活 > 水电维修
{T}
!m 提问者：匿名用户　　浏览 1872 次
!m 最佳答案
!m 答主：管道老沈（水电工 12年）　回答于 2天前
{BODY}
!l 有用(214)　没用(6)　评论(11)
!l 其他回答（3）
!l 可能是水压太高，装个减压阀试试。
!a 我来回答　邀请答主
!d 以上回答仅代表答主个人观点，不构成专业建议。
""",
        body="""
嗡嗡响一般有三个原因，可以按顺序排查。
1. 阀芯里的橡胶垫片老化松动，水流一冲就抖，换个阀芯就好。
2. 进水软管太长、弯折太多，水流在管里打旋，把软管理顺或换短一点的。
3. 整栋楼夜里水压偏高，这种情况在角阀后面加个减压阀就行。
如果只是热水那一侧响，多半是热水器出水温度太高，调低一点再试。
""",
    ),
    dict(
        slug="assoc-weiyu-lead-free-tap-pledge",
        site="锛溪市卫浴五金行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.bxwyxh.org.cn/news/show.php?id=416",
        title="关于推广使用无铅水龙头的倡议书",
        record_title="【协会倡议】关于推广使用无铅水龙头的倡议书-锛溪市卫浴五金行业协会",
        date="2025-06-20",
        notes="association site: member-login box, the association's own contact line and mailbox in the pledge beside the site's member hotline",
        page="""
<html><head><meta charset="gb2312"><title>【协会倡议】关于推广使用无铅水龙头的倡议书-锛溪市卫浴五金行业协会</title></head>
<body>
<table width="100%"><tr><td class="logo">⟦m 锛溪市卫浴五金行业协会⟧</td><td class="login">⟦a 会员登录：用户名 密码 登录 | 申请入会⟧</td></tr></table>
<div class="menu">⟦m 协会首页 | 协会简介 | 行业动态 | 会员风采 | 政策法规 | 联系我们⟧</div>
<div class="pos">⟦m 位置：首页 >> 行业动态 >> 协会倡议⟧</div>
<h2 class="title">⟦t 【协会倡议】关于推广使用无铅水龙头的倡议书⟧</h2>
<div class="meta">⟦m 来源：协会秘书处　点击：419　时间：2025-06-23⟧</div>
<div class="body">
{BODY}
</div>
<div class="foot">⟦m 会员服务热线：0576-89013300　地址：锛溪市五金城管理大楼六楼⟧<br>⟦d 版权所有 锛溪市卫浴五金行业协会 未经许可不得复制⟧</div>
</body></html>
""",
        date_also=["2025-06-23"],
        body="""
全市卫浴五金企业：
水龙头是每家每户离不开的用水器具，其铜合金材料中的铅会随水流析出，长期饮用含铅超标的水会危害健康，特别是儿童健康。为此，协会向全体会员企业发出如下倡议：
一、自觉执行新国标。2025年底前，全部停止使用含铅量超过0.25%的黄铜材料生产饮用水水龙头。
二、公开检测结果。每季度将铅析出量检测报告在企业官网或门店公示，接受消费者监督。
三、拒绝低价竞争。不采购、不销售来路不明的回收杂铜，不以偷工减料换取价格优势。
倡议咨询：协会秘书处 周文瀚，电话0576-89013318，邮箱bxwyxh@163.com。
锛溪市卫浴五金行业协会
2025年6月20日
""",
    ),
    dict(
        slug="mail-fwd-tap-recall-dealers-attachments",
        site="企业邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://recall@jvyuan-hw.com/msg/20250714-3",
        title="关于召回部分批次厨房抽拉水龙头的通知",
        record_title="Fwd: 关于召回部分批次厨房抽拉水龙头的通知",
        date="2025-07-14",
        date_also=["2025-07-15"],
        notes="forwarded mail: headers and forward prompts as chrome; the notice's own 附件 list and recall line beside the mailer's signature",
        page="""
!m 发件人：售后服务部 <after-sales@jvyuan-hw.com>
!m 发送时间：2025年7月15日（星期二）上午9:12
!m 收件人：各地经销商
!m 主题：Fwd: 关于召回部分批次厨房抽拉水龙头的通知
!a 此邮件由系统转发，请勿直接回复。
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!m --
!m 聚源五金制品有限公司 售后服务部
!m 全国订货热线：400-817-6600
!d 本邮件及其附件含有保密信息，仅限指定收件人使用。
""",
        body="""
各经销商：
我公司在例行抽检中发现，2025年4月至5月生产的部分厨房抽拉水龙头，抽拉软管接头存在脱扣风险。为保障用户安全，公司决定主动召回，现将有关事项通知如下：
一、召回范围：产品型号JY-K3209，生产批号2504A01至2505B18，共计3260只。
二、处理方式：已售出的，免费上门更换新款接头；库存产品请于7月31日前退回公司。
三、召回专线：0576-89225161（工作日8:30-17:30），联系人：蒋立。
附件：1.召回批号明细表
2.用户登记表
聚源五金制品有限公司
2025年7月14日
""",
    ),
    dict(
        slug="snapshot-tieshan-frozen-tap-community-notice",
        site="搜易快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.souyi.cn/c?u=http%3A%2F%2Fwww.tieshanjie.org%2Fgg%2F1209.html",
        title="关于做好冬季水龙头和水表防冻工作的温馨提示",
        record_title="关于做好冬季水龙头和水表防冻工作的温馨提示 - 网页快照",
        date="2024-12-09",
        notes="search-cache frame banner with highlighted terms; a residents' page inside it; the community's own duty phone; snapshot time no date",
        page="""
<html><head><meta charset="utf-8"><title>关于做好冬季水龙头和水表防冻工作的温馨提示 - 网页快照</title></head>
<body>
<div class="cache-banner" style="border:1px solid #ccc">⟦d 这是搜易对 http://www.tieshanjie.org/gg/1209.html 的缓存，是网页在 2025-01-06 03:18 的快照。⟧<br>⟦d 当前页面可能已经更改，请点击查看原网页。⟧　⟦m 以下搜索词已高亮显示：水龙头 防冻⟧</div>
<div class="cached">
<div class="site-head">⟦m 铁山街道仁和社区居委会⟧</div>
<div class="crumbs">⟦m 首页 > 社区公告⟧</div>
<h2>{T}</h2>
{BODY}
<div class="site-foot">⟦m 社区地址：铁山街道仁和路28号⟧　⟦l 返回列表⟧</div>
</div>
</body></html>
""",
        body="""
各位居民朋友：
据气象部门预报，近期将有强寒潮过境，最低气温可达零下12摄氏度。为防止水龙头、水表冻裂影响正常用水，请大家做好以下几点：
一、室外和楼道内的水龙头、水表请用棉布、保温棉包裹严实。
二、长时间外出的住户，请关闭户内总阀，并打开水龙头放空管内存水。
三、一旦发生冻管，切勿用开水直接浇烫，可用温毛巾慢慢敷化。
社区值班电话：0512-63027915。
仁和社区居委会
2024年12月9日
""",
    ),
    dict(
        slug="training-jiangong-plumber-course-oneline",
        site="匠工职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://www.jianggongpx.com/kecheng/shuinuan.html",
        title="水暖工（水龙头及卫浴安装维修）短期培训班招生简章",
        record_title="学员必看｜水暖工（水龙头及卫浴安装维修）短期培训班招生简章",
        date=None,
        notes="training school page on one line; the school's own 报名电话 beside a 400 consultation line; course table rows; no date",
        page="""
!m 匠工职业培训学校 · 让手艺成为饭碗
!m 首页 / 课程中心 / 水暖维修
!t 学员必看｜水暖工（水龙头及卫浴安装维修）短期培训班招生简章
{BODY}
!w 课程顾问在线：400-600-3125（免费咨询，9:00-21:00）
!a 立即预约试听　领取课程资料
!l 热门课程：电工上岗证培训　家电维修　手机维修
!m ©2025 匠工职业培训学校　湘ICP备21009176号
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
本班面向有意从事家装水电、物业维修的学员，学习水龙头、角阀、花洒、马桶配件的安装与常见故障维修，学完可参加职业技能等级认定。
课程安排如下：
第1周　水暖识图与管材管件　理论＋实操
第2周　水龙头拆装与阀芯更换　实操
第3周　卫浴洁具安装与试压　实操
学费1800元，材料费另计；结业考核合格的，推荐到合作物业公司就业。
报名地点：学校一楼招生办，报名电话：0731-85226194。
""",
    ),
]
