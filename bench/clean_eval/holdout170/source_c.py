"""holdout170, part C: dustpans and winnowing baskets (簸箕). Invented text, sites, places and people; see ../build.py."""

CASES = [
    dict(
        slug="fanwen-old-bamboo-dustpan-coop-summary",
        site="公文宝典网 (invented, old gb2312)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.gwbaodian.com/zongjie/hezuoshe/2025/01/17705.html",
        title="竹编簸箕专业合作社2024年工作总结",
        record_title="【精选】竹编簸箕专业合作社2024年工作总结（通用2篇）_公文宝典网",
        date="2025-01-06",
        notes="old table layout with marquee, visitor counter and 【阅读字号】 row; writing-service line glued after a sentence; signature date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】竹编簸箕专业合作社2024年工作总结（通用2篇）_公文宝典网</title></head>
<body><table width="980" align="center"><tr><td>⟦m 公文宝典网 — 机关写作好帮手⟧</td></tr></table>
<marquee>⟦m 热烈庆祝公文宝典网改版上线，新增十万篇精品范文！⟧</marquee>
<table><tr><td>⟦m 您现在的位置：首页 &gt;&gt; 工作总结 &gt;&gt; 合作社总结⟧</td></tr></table>
<table><tr><td><h2>{T}</h2></td></tr>
<tr><td>⟦a 【阅读字号：特大 大号 标准】⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table><tr><td>⟦l 相关文章：⟧</td></tr><tr><td>⟦l ·家庭农场年度工作总结⟧</td></tr><tr><td>⟦l ·农民专业合作社理事长述职报告⟧</td></tr></table>
<p>⟦m 本站累计访问：1,837,206 人次⟧</p>
<p>⟦m Copyright(C)2009-2025 gwbaodian.com All Rights Reserved 湘ICP备10011296号⟧</p>
</body></html>
""",
        body="""
2024年，合作社在镇党委、政府的指导下，坚持“传统手艺＋市场订单”的路子，全年编制竹簸箕、米筛等竹制品4.6万件，销售收入187万元，带动社员62户户均增收1.3万元。⟦w 原创材料代写请加微信gwbd2009⟧
一是稳定原料供应。与三个村签订楠竹采购协议，保证了全年用竹。
二是拓展销售渠道。除供应周边农贸市场外，还与两家民宿和一家网店合作，开发了装饰用小簸箕。
三是培养年轻编匠。举办编织培训班3期，培训学员41人，其中35岁以下的有17人。
存在的问题主要是产品附加值不高，明年将申请注册商标。
菖溪镇竹编簸箕专业合作社
2025年1月6日
""",
    ),
    dict(
        slug="blog-teacher-dustpan-labour-class",
        site="蓝窗小记 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://lanchuang.blog.xinlang-cn.com/2025/04/labour-class.html",
        title="教孩子们用簸箕，比想象中难",
        record_title="【随记】教孩子们用簸箕，比想象中难 | 蓝窗小记",
        date="2025-04-11",
        notes="teacher's blog with a bracketed post time; tag cloud and archive below",
        page="""
!m 蓝窗小记 — 一个乡村小学老师的日常
{T}
!m [2025-04-11 20:47]　分类：教学随笔
{BODY}
!m 阅读(188)　评论(6)
!l 标签：劳动课 一年级 扫地
!l 文章归档：2025年4月(3)　2025年3月(5)　2025年2月(2)
!l 最新评论：山里的老师：太真实了，我们班也是
""",
        body="""
这周的劳动课，我教一年级的孩子们扫地。原以为很简单，没想到最难的是用簸箕。
孩子们把垃圾扫成一堆，拿起簸箕往地上一放，扫帚一推，垃圾全从簸箕下面溜走了。
后来我让他们先用脚轻轻踩住簸箕的边，让簸箕口贴紧地面，再一下一下往里扫。试了几次，总算有了样子。
下课时，一个小男孩说：“老师，我回家也要帮奶奶扫地。”这一节课，值了。
""",
    ),
    dict(
        slug="wechat-wenhuaguan-winnowing-basket-painting",
        site="菖溪文化馆 公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://wxmirror.qingdu.net/s/CxWhg_2025_0523",
        title="把乡愁画在簸箕上——“簸箕画”民间美术展开幕",
        record_title="把乡愁画在簸箕上——“簸箕画”民间美术展开幕",
        date="2025-05-23",
        notes="WeChat mirror: account line date, 阅读原文/在看; exhibition 地址 and opening hours kept; 关注 sentence of the article kept",
        page="""
<html><head><meta charset="utf-8"><title>把乡愁画在簸箕上——“簸箕画”民间美术展开幕</title>
<script>var msg_link="";</script></head><body>
<div class="rich_media">
<h1>{T}</h1>
<div class="meta">⟦m 菖溪文化馆　2025-05-23 18:05　发表于江西⟧</div>
<div class="banner">⟦a 点击上方蓝字关注我们⟧</div>
<div id="js_content">
{BODY}
</div>
<p>⟦m 编辑：习晨　审核：龙薇⟧</p>
<div class="bottom">⟦a 阅读原文⟧ ⟦a 在看⟧ ⟦a 分享⟧ ⟦m 阅读 2316⟧</div>
<div class="qr">⟦a 长按识别二维码　关注菖溪文化馆⟧</div>
</div>
<div class="mirror-foot">⟦d 本页面为公众号文章镜像，仅供阅读，版权归原作者所有⟧</div>
</body></html>
""",
        body="""
5月22日，“簸箕画”民间美术展在县文化馆一楼展厅开幕，展出本地农民画作者在旧簸箕上创作的作品86幅。
过去家家户户晒谷、簸米都离不开竹簸箕。如今簸箕用得少了，作者们把它们收集起来，刷上底色，画上插秧、打谷、赶圩的场景。
⟦m ▲展厅一角⟧
展览将持续至6月30日。
地址：菖溪县文化馆一楼展厅
开放时间：周二至周日9:00-17:00（周一闭馆）
想了解更多展讯，可关注“菖溪文化馆”公众号，预约讲解服务。
""",
    ),
    dict(
        slug="localbbs-sweeper-dustpan-street",
        site="苡城在线论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.yichengzx.com/thread-31876-1-1.html",
        title="凌晨四点，看见环卫大姐在桥洞下用簸箕一点点铲淤泥",
        record_title="凌晨四点，看见环卫大姐在桥洞下用簸箕一点点铲淤泥 - 苡城茶馆 - 苡城在线论坛",
        date="2025-06-19",
        notes="local forum; junk lines and glued junk; post date in 发表于",
        page="""
!m 苡城在线论坛 › 苡城茶馆 › 浏览帖子
!t 凌晨四点，看见环卫大姐在桥洞下用簸箕一点点铲淤泥
!m 夜班司机老鲍　发表于 2025-6-19 07:12　|　只看该作者
{BODY}
!l 沙发 小城故事多：致敬！
!l 板凳 楠楠：这两天下雨，确实辛苦她们了
!a 快速回帖　支持(36)　反对(0)
!m 苡城在线论坛 客服QQ群：50721113
""",
        junk=dict(lines=1, glued=2),
        body="""
昨晚跑夜班，凌晨四点路过滨河路桥洞，看见两个环卫大姐正在清理前两天暴雨冲下来的淤泥。
没有机器，就是一把铁铲、一个簸箕，一簸箕一簸箕地往三轮车上倒。我停车问了一句，她们说天亮前要弄干净，不然早上上班的人不好走。
大家平时路过桥洞，别随手扔东西了，她们真的不容易。
""",
    ),
    dict(
        slug="community-songlin-lidded-dustpan-notice",
        site="松林社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.songlinsq.cn/tzgg/2025/0312-1.html",
        title="关于为各楼栋配发带盖簸箕的通知",
        record_title="【社区公告】关于为各楼栋配发带盖簸箕的通知",
        date="2025-03-12",
        notes="residents' site; community duty phone beside the property company's hotline; 扫码 sentence of the notice kept",
        page="""
<html><head><meta charset="utf-8"><title>松林社区网</title></head><body>
<div class="top">⟦m 松林社区网　共建共治共享⟧</div>
<div class="nav">⟦m 社区首页 | 社区公告 | 便民服务 | 志愿者之家⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布：社区居委会　2025-03-12　浏览 412⟧</div>
{BODY}
<div class="foot"><p>⟦m 物业客服热线：0351-5578800⟧</p><p>⟦m 松林社区居委会 版权所有⟧</p></div>
</body></html>
""",
        body="""
各位居民朋友：
为配合垃圾分类，减少楼道扬尘，社区为每个楼栋单元配发带盖防风簸箕一套，放置在一楼垃圾投放点旁。
请大家爱护公共工具，用后放回原处。
发现损坏的，可扫描簸箕把手上的二维码报修。
社区值班电话：0351-5570234
松林社区居民委员会
2025年3月12日
""",
    ),
    dict(
        slug="pta-exam-bamboo-weaving-skill-test",
        site="菖溪县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.changxi.gov.cn/ksap/20250708/1842.html",
        title="关于2025年竹编工（簸箕编制方向）职业技能等级认定考试安排的公告",
        date="2025-07-08",
        notes="exam site; timetable; 准考证 下载/打印 sentence kept; exam committee's 咨询电话 beside the site's technical line",
        page="""
!m 菖溪县人事考试网
!m 网站首页 > 考试安排 > 技能认定
{T}
!m 发布日期：2025-07-08　　来源：县职业技能鉴定所
!a 【我要打印】【关闭】
{BODY}
!m 网站技术支持：0797-8210999（仅受理网站故障）
!d 菖溪县人力资源和社会保障局主办　未经许可不得转载
""",
        body="""
经研究，定于2025年7月下旬举行竹编工（簸箕编制方向）职业技能等级认定考试。现将有关事项公告如下：
科目　时间　地点
理论知识　7月26日上午9:00-10:30　县职业中专
技能操作　7月26日下午14:00-17:00　菖溪竹编实训基地
请考生于7月22日起登录本网站下载并打印准考证。
技能操作考试须现场编制直径40厘米圆簸箕一只，竹篾由考点统一提供。
咨询电话：0797-8212630
菖溪县职业技能鉴定所
2025年7月8日
""",
    ),
    dict(
        slug="docshare-dustpan-village-speech-oneline",
        site="简享文档 (invented)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.jianxiangdoc.com/p-8801127.html",
        title="在竹簸箕非遗工坊揭牌仪式上的致辞",
        date="2025-10-18",
        notes="whole speech on one line; date under the title neutral-line style but only inside the page header; upload stamp no date",
        page="""
!m 简享文档 — 分享知识，传播智慧
!m 贡献者：苇岸　上传于2025-10-20　4页
{T}
（2025年10月18日）
{BODY}
!a 下载积分：2　　加入文件夹
!d 简享文档上的内容均由用户上传，若侵犯您的权益请反馈。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位来宾、乡亲们：
今天，我们在这里为竹簸箕非遗工坊揭牌。这个工坊的前身，是老编匠麻长林在自家堂屋里开的编织班，二十年来教会了上百名徒弟。
竹簸箕是我们祖辈晒粮、簸米的家什，也是一门靠手上功夫传下来的技艺。工坊挂牌后，县里将每年安排专项资金，支持开展传承人带徒和研学活动。
希望工坊把手艺传下去，也把簸箕编出新样子，让更多年轻人愿意学、学得会、靠手艺挣到钱。
谢谢大家！
""",
    ),
    dict(
        slug="edu-bureau-campus-cleaning-tools-standard",
        site="蓠山县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.lishan.gov.cn/tzgg/2025/0825/6602.html",
        title="关于规范中小学校教室保洁工具配备的通知",
        record_title="关于规范中小学校教室保洁工具配备的通知_通知公告_蓠山县教育体育局",
        date="2025-08-25",
        notes="education bureau with 关怀版 link; standard table; 抄送 line; 发布时间 and 成文日期 agree",
        page="""
<html><head><meta charset="utf-8"><title>关于规范中小学校教室保洁工具配备的通知_通知公告_蓠山县教育体育局</title></head><body>
<div class="top">⟦a 关怀版⟧ ⟦a 简体|繁體⟧ ⟦m 蓠山县教育体育局⟧</div>
<div class="nav">⟦m 首页 机构概况 教育动态 通知公告 政策文件 办事指南⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt; 通知公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-08-25　来源：基础教育股　字号：⟧⟦a 大 中 小⟧</div>
<div class="content">
{BODY}
</div>
<div class="foot">⟦m 主办：蓠山县教育体育局　电话：0745-4120031　湘ICP备13004877号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为改善教室卫生条件，减轻学生劳动负担，现就教室保洁工具配备提出以下标准：
工具　每间教室配备数量
扫帚　4把
长柄簸箕　2个
拖把　2把
垃圾桶（分类）　2个
请各校在秋季开学前配齐，不得要求学生自带保洁工具，所需经费从公用经费中列支。
蓠山县教育体育局
2025年8月25日
抄送：县财政局
""",
    ),
    dict(
        slug="company-jiahe-plastic-dustpan-export",
        site="嘉禾塑业有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.jiahe-plastic.com/news/2025/0415.html",
        title="公司组合式扫帚簸箕套装获中东订单",
        record_title="公司组合式扫帚簸箕套装获中东订单 - 新闻中心 - 嘉禾塑业",
        date="2025-04-15",
        notes="company site with a dotted date line; sales 400 line in the footer; the article's own 业务联系 kept",
        page="""
!m 嘉禾塑业　JIAHE PLASTIC
!m 首页 | 关于我们 | 产品中心 | 新闻中心 | 联系我们
{T}
!m 2025.04.15　　新闻中心
{BODY}
!l 返回列表
!m 销售热线：400-812-3377　传真：0576-8830071
!m © 嘉禾塑业有限公司　浙ICP备19022041号-1
""",
        body="""
近日，公司自主研发的组合式扫帚簸箕套装获得中东客户首批订单4万套，将于5月分两批发运。
该套装簸箕边缘采用软胶刮条，可贴合地面；扫帚可扣在簸箕柄上直立收纳，节省空间。
外贸部介绍，今年以来公司在清洁工具品类上的外贸订单同比增长三成。
业务联系：外贸部 伍婕，0576-8830162。
""",
    ),
    dict(
        slug="print-coop-bamboo-ware-purchase-plan",
        site="菖溪县供销合作社 打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="other",
        form="html",
        source="http://gxs.changxi.gov.cn/print.aspx?id=2025-033",
        title="菖溪县供销合作社2025年竹制农具收购工作方案",
        record_title="〔打印稿〕菖溪县供销合作社2025年竹制农具收购工作方案",
        date="2025-03-03",
        notes="print view calling window.print(); print stamp no date; print footer; purchase price table",
        page="""
<html><head><meta charset="utf-8"><title>打印预览</title><script>window.onload=function(){window.print();}</script></head><body>
<div class="print-head">⟦m 菖溪县供销合作社⟧　⟦m 打印日期：2025年3月20日⟧</div>
<h2>{T}</h2>
{BODY}
<div class="print-foot">⟦p 页码 1 ／ 1⟧</div>
<div class="noprint">⟦a 打印　返回⟧</div>
</body></html>
""",
        body="""
为带动竹编农户增收，今年县供销社继续开展竹制农具收购，方案如下。
品种　规格　收购价
圆簸箕　直径50厘米　18元／个
撮箕　长40厘米　9元／个
米筛　直径45厘米　15元／个
收购时间为4月至10月，每月逢五、逢十在各乡镇基层社集中收购。
收购人员要严格按质论价，不得压级压价。
菖溪县供销合作社
2025年3月3日
""",
    ),
]
