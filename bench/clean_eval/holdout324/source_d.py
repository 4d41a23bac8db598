"""holdout324, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, written by hand case by case; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="xikou-forum-found-keys-bear-key-chain-thread-subject",
        site="澙口生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.xikoulife.example.cn/thread-88214-1-1.html",
        title="捡到一串钥匙，钥匙链上挂着个小熊，在澙口菜市场门口",
        record_title=None,
        date=None,
        notes=(
            "county forum: no record title, the thread subject gives it; a weather line, medals, an official "
            "'forwarded to the department' link, a decoration ad; jammer fonts in the post; posted 昨天 (no "
            "date); the market office's phone in the body beside the forum's ad QQ"
        ),
        p_html="{}<br>",
        junk=dict(lines=1, glued=2),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>捡到一串钥匙，钥匙链上挂着个小熊，在澙口菜市场门口 - 失物招领 - 澙口生活网</title>
<script src="static/js/common.js?W2b"></script>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="topbar">⟦m 澙口生活网⟧　⟦m 今日澙口：多云 14～23℃　东南风2级⟧　<a>⟦a 快捷登录⟧</a></div>
<div class="crumb">⟦m 澙口生活网 › 便民服务 › 失物招领⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="thread-stat">⟦m 查看 2175　｜　回复 31⟧</div>
<div class="post">
<div class="poster">⟦m 菜场边的老陈⟧　⟦m 勋章：热心街坊　好人好事⟧</div>
<div class="posttime">⟦m 发表于 昨天 07:52⟧</div>
<div class="message">
{BODY}
</div>
<div class="official">⟦a 【网友热线】本帖已转交澙口镇便民服务中心，点此查看官方回复⟧</div>
</div>
<div class="ad">⟦w 全屋装修找老蔡，澙口本地施工队 QQ 2873304196⟧</div>
<div class="replies">
<p>⟦l 沙发　街口阿芳：转了，帮扩散⟧</p>
<p>⟦l 板凳　小卖部张姐：早上好像看见一个老太太在找东西⟧</p>
</div>
<div class="foot">⟦m 澙口生活网 版权所有　桂ICP备17008813号⟧</div>
</body>
</html>
""",
        body="""
今天早上六点多买菜，在澙口菜市场东门台阶下面捡到一串钥匙，三把，一把是防盗门的，两把像是抽屉或者电动车的。钥匙链上挂着个褐色的毛绒小熊，小熊脖子上系着红绳，看样子挂了很多年了，毛都磨秃了。
钥匙我已经交给菜市场管理处了，放在东门值班室。失主来认领的时候说一下小熊的样子和钥匙的数量就行。管理处王师傅的电话是0775-6230418。
大家帮忙扩散一下，钥匙丢了还能配，那个小熊说不定对失主挺重要的。
""",
    ),
    dict(
        slug="jiexi-forum-stairwell-picture-hooks-junk",
        site="漈溪论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.jiexi.example.cn/forum.php?mod=viewthread&tid=41175",
        title="老小区楼道里那排挂画钩是谁装的？",
        record_title="老小区楼道里那排挂画钩是谁装的？ - 民生杂谈 - 漈溪论坛",
        date=None,
        notes="county forum as text: junk lines and glued junk; a moderator's and an official reply below; 3 天前 only (no date)",
        junk=dict(lines=2, glued=2),
        page="""
!m 漈溪论坛 - 漈溪人自己的网上家园
!m 论坛首页 › 民生杂谈
{T}
!m 楼主：桂花巷住户　｜　3 天前　｜　阅读 986　回复 17
{BODY}
!a 支持　反对　举报　回复
!l 2楼　版主·溪边柳：已联系社区，等回复
!l 3楼　桂花巷社区（认证）：您好，挂钩是社区“楼道文化角”统一安装的，欢迎居民提意见。
!a 发帖前请阅读版规，文明发言
!m 漈溪论坛　|　手机版　|　联系站长
""",
        body="""
我家住桂花巷12栋，上周回家发现一楼到五楼的楼道墙上，每层都装了一排挂画钩，一层五六个，铁的，钉得还挺牢。
问了邻居，都说不知道是谁装的。物业说不是他们装的，可能是社区搞的活动。要是社区统一装的，我觉得挺好，楼道挂几幅画也好看；可要是有人自己装的，打算挂什么东西就不好说了。
还有个问题，我们这楼道本来就窄，挂画钩装在一米五左右，刚好是小孩头的高度，钩子的尖头朝外，跑快了容易碰到。
有没有知道情况的？社区的同志能不能出来说一下，装了以后挂什么，谁来管？
""",
    ),
    dict(
        slug="huaxia-xiazai-gb2312-tie-rack-install-guide-wps",
        site="华夏资料下载站 (invented, gb2312 download station)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="html",
        source="http://www.hxzlxz.example.com/soft/jiudian/28817.html",
        title="酒店客房领带架安装作业指导书",
        record_title="酒店客房领带架安装作业指导书.wps",
        date=None,
        notes=(
            "old gb2312 download page: a file-info table (size, licence, update stamp — no date), three "
            "download links, an unzip password, a dead-link report and a floating ghost-writer ad; decimal "
            "headings 1–4.1 in the body; no date"
        ),
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>酒店客房领带架安装作业指导书.wps 免费下载_华夏资料下载站</title>
<script language="javascript" src="/js/ad_float.js"></script>
</head>
<body>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td>⟦m 华夏资料下载站 - 海量办公文档 绿色免费⟧</td></tr>
<tr><td bgcolor="#1E4E8C">⟦m <a href="/">首页</a> | <a href="/soft/gongwen/">公文范本</a> | <a href="/soft/jiudian/">酒店管理</a> | <a href="/soft/anquan/">安全生产</a> | <a href="/soft/hetong/">合同协议</a>⟧</td></tr>
<tr><td>⟦m 位置：首页 → 酒店管理 → 作业指导⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC">
<tr><td colspan="2"><b>⟦t 酒店客房领带架安装作业指导书.wps⟧</b></td></tr>
<tr><td>⟦m 文件大小：36 KB⟧</td><td>⟦m 授权方式：免费共享⟧</td></tr>
<tr><td>⟦m 文件格式：WPS文字⟧</td><td>⟦m 更新时间：2025-01-08 21:40⟧</td></tr>
<tr><td>⟦m 下载次数：本周 57 / 总计 1366⟧</td><td>⟦m 评价等级：★★★☆☆⟧</td></tr>
<tr><td colspan="2"><b>⟦m 资料预览：⟧</b></td></tr>
<tr><td colspan="2">
<p align="center"><b>{T}</b></p>
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址：<a href="#">电信线路一</a> <a href="#">联通线路二</a> <a href="#">本地高速下载</a>⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.hxzlxz.example.com⟧</td></tr>
<tr><td colspan="2">⟦a 下载失败？点此向站长报告死链⟧</td></tr>
</table>
<div id="float_ad" style="position:fixed;left:0;bottom:80px">⟦w 各类方案、制度代写，质量保证，加Q：1579036624⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资源均来自网络收集，仅供学习研究，请于下载后24小时内删除。⟧</td></tr>
<tr><td align="center">⟦m Copyright 2008-2025 华夏资料下载站　苏ICP备08100296号⟧</td></tr></table>
</body>
</html>
""",
        body="""
1 适用范围
1.1 本指导书适用于客房衣柜内侧壁挂式领带架的安装，其他公共区域的领带、腰带收纳架可参照执行。
2 工具材料
2.1 电钻（配4毫米木工钻头）、十字螺丝刀、卷尺、水平尺、铅笔，领带架及配套螺丝。
3 安装步骤
3.1 确认衣柜门内侧板厚度不小于15毫米，板厚不足的改装在柜体侧板上。
3.2 领带架上沿距柜内顶板25厘米，左右居中，用水平尺找平后画线定位。
3.3 按定位点预钻孔，孔深不超过板厚的三分之二，防止钻透门板。
3.4 拧紧螺丝后，用手向下拉动领带架，确认无松动、无异响。
3.5 清理木屑，在工程单上记录房号并签字。
4 注意事项
4.1 安装前应铺设防尘布，不得在客人入住的房间施工；领带架挂杆端头须有圆头或防脱挡，避免刮伤客人衣物。
""",
    ),
    dict(
        slug="wendang-xiazai-library-periodical-rack-rules",
        site="办公文档下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://down.bgwdxz.example.net/zhidu/tushuguan/20991.html",
        title="图书馆期刊杂志架排架规则",
        record_title="图书馆期刊杂志架排架规则（Word文档）免费取用 - 办公文档下载站",
        date=None,
        notes=(
            "a download page as text: file info lines and mirror links around the body; rules with 第N条 "
            "articles that speak of 打印 and 扫码 as content; an effective clause only, no date"
        ),
        indent="",
        page="""
!m 办公文档下载站｜制度 · 表格 · 范本
!m 当前位置：首页 > 规章制度 > 图书馆管理
!t 图书馆期刊杂志架排架规则（Word文档）
!m 大小：24KB　语言：简体中文　类别：规章制度　添加日期：2天前
!a ▶ 高速下载　▶ 普通下载　▶ 备用下载
{T}
{BODY}
!a 下载遇到问题？请点击“报告错误”
!l 相关下载：期刊登到记录表.xls　｜　图书馆读者须知（通用版）.doc
!d 提示：本站所有资料仅供参考，不得用于商业用途。
""",
        body="""
第一条　为规范期刊陈列，方便读者查找，制定本规则。
第二条　现刊上杂志架陈列，过刊下架装订或入库。现刊陈列期限：周刊一个月，半月刊、月刊三个月，双月刊及季刊六个月。
第三条　杂志架按学科大类分区，同一区内按刊名拼音顺序排列，每种期刊固定一个架位。
第四条　每个架位须粘贴架标，架标统一用图书馆模板打印，写明刊名、刊期和排架号；架标上附二维码，读者扫码可查看该刊近三年目录。
第五条　新刊到馆后，须在一个工作日内完成登到、加盖馆藏章并上架。
第六条　期刊部每周整理一次杂志架，将读者随手放置的期刊归还原位，破损期刊及时修补。
第七条　本规则自公布之日起施行。
""",
    ),
    dict(
        slug="jiechuan-rsks-exam-belongings-key-chains-notice",
        site="岕川县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.jcrsks.example.gov.cn/ksgg/2025/0526/1307.html",
        title="关于2025年岕川县事业单位公开招聘笔试考生随身物品管理的公告",
        record_title="〖考场须知速递〗关于2025年岕川县事业单位公开招聘笔试考生随身物品管理的公告_岕川县人事考试网",
        date="2025-05-26",
        notes=(
            "personnel-exam site: a maintenance banner, an admission-ticket float; sentences telling "
            "candidates to 下载并打印 the admission ticket are content; the exam centre's 咨询电话 beside the "
            "site's technical line; a numbered list; 成文日期"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖考场须知速递〗关于2025年岕川县事业单位公开招聘笔试考生随身物品管理的公告_岕川县人事考试网</title>
<script src="/js/float-entry.js"></script>
</head>
<body>
<div class="notice-banner">⟦d 系统将于5月31日22:00—24:00升级维护，其间暂停报名查询服务⟧</div>
<div class="head">⟦m 岕川县人事考试网⟧　⟦m 岕川县人事考试中心主办⟧</div>
<div class="menu">⟦m 首页 | 考试公告 | 报名入口 | 成绩查询 | 政策法规 | 考生服务⟧</div>
<div class="path">⟦m 首页 &gt;&gt; 考试公告⟧</div>
<div class="detail">
<h1>{T}</h1>
<div class="detail-info">⟦m 来源：县人事考试中心　日期：2025-05-26　字号：[大 中 小]⟧</div>
{BODY}
</div>
<div class="float-right">⟦a 准考证打印入口⟧<br>⟦a 成绩查询入口⟧</div>
<div class="foot">
<p>⟦m 技术支持电话：0935-7720991（仅受理系统故障）⟧</p>
<p>⟦m 岕川县人事考试中心　黔ICP备15007312号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各位考生：
2025年岕川县事业单位公开招聘笔试定于6月8日举行。为保证考试公平、顺利入场，现就考生随身物品管理有关事项公告如下。
一、考生须于6月3日至6月7日登录报名系统下载并打印准考证，凭准考证和有效身份证件进入考点。
二、考场入口设金属探测安检。考生应将钥匙、钥匙链、手表、手机等物品放入考点统一设置的物品存放区，不得带入考场。
三、带有电子元件的智能钥匙链、汽车遥控钥匙，与手机一样按电子设备管理，须关机后存放。
四、考生可携带黑色字迹签字笔、2B铅笔、橡皮，其余物品一律不得带入座位。
考生对本公告有疑问的，可拨打县人事考试中心咨询电话0935-7720315。
岕川县人事考试中心
2025年5月26日
""",
    ),
    dict(
        slug="jiexi-rsks-skill-test-shoe-tree-making-timetable",
        site="漈溪县人力资源和社会保障局考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.jiexi.example.gov.cn/jnjd/2025/0612/446.html",
        title="关于漈溪县2025年第二批职业技能等级认定（鞋撑制作）考核安排的通知",
        date="2025-06-12",
        notes="exam site as text: the record title as is; a timetable one row a paragraph; sentences on 下载/打印 准考证 are content; the centre's 咨询电话 beside the site's technical line",
        indent="\u3000\u3000",
        page="""
!m 漈溪县人社局考试信息网
!m 首页 › 技能认定 › 考核安排
{T}
!m 信息来源：县职业技能鉴定中心　　2025-06-12
!a 【加大】【还原】【减小】　【打印】
{BODY}
!m 网站技术支持：0596-8834102
!m 漈溪县人力资源和社会保障局　版权所有
""",
        body="""
各培训机构、相关企业：
根据全县职业技能等级认定工作计划，县职业技能鉴定中心定于6月下旬组织第二批职业技能等级认定（鞋撑制作方向）考核，现将有关安排通知如下。
科目　时间　地点
理论知识　6月21日上午9:00—10:30　县职业技术学校3号楼
实际操作　6月22日全天（分批次）　岏山木作合作社实训车间
实际操作考核内容为木鞋撑下料、成型和弹簧连杆装配，考生须自带工作服和护目镜，木料和工具由考点统一提供。
考生可于6月18日起登录本网下载并打印准考证。
咨询电话：0596-8834117
漈溪县职业技能鉴定中心
2025年6月12日
""",
    ),
    dict(
        slug="xikou-tender-inquiry-magazine-racks-countdown",
        site="澙口镇政府采购信息网 (invented tender portal)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://cg.xikou.example.gov.cn/xjgg/2025/0305/2217.html",
        title="澙口镇综合文化站期刊杂志架采购项目询价公告",
        record_title="【镇级询价】澙口镇综合文化站期刊杂志架采购项目询价公告 - 澙口镇政府采购信息网",
        record_date="2025-03-05",
        date="2025-03-05",
        notes=(
            "tender portal: a countdown, CA and trading-system lines beside the purchaser's and agency's own "
            "contacts; a lots table one row a paragraph; a sentence on 下载 the inquiry file is content; the "
            "record gives the date"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【镇级询价】澙口镇综合文化站期刊杂志架采购项目询价公告 - 澙口镇政府采购信息网</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="cg-head">⟦m 澙口镇政府采购信息网⟧　<a>⟦a 供应商登录⟧</a>　<a>⟦a 专家登录⟧</a></div>
<div class="cg-nav">⟦m 首页　采购公告　结果公告　更正公告　政策法规　办事指南⟧</div>
<div class="cg-pos">⟦m 首页 &gt; 采购公告 &gt; 询价公告⟧</div>
<div class="cg-art">
<h2>{T}</h2>
<div class="cg-meta">⟦m 发布日期：2025-03-05　项目编号：XKCG-2025-011⟧</div>
<div class="cg-count">⟦a 距报价截止还剩：7天 03小时 12分⟧</div>
{BODY}
<div class="cg-att">⟦a 📎 询价文件.zip（下载需使用CA锁登录）⟧</div>
</div>
<div class="cg-foot">
<p>⟦m CA证书办理及驱动咨询：400-806-3372⟧</p>
<p>⟦m 电子交易系统服务热线：0775-6201190⟧</p>
<p>⟦m 主办单位：澙口镇人民政府　桂ICP备17008892号⟧</p>
</div>
</body>
</html>
""",
        body="""
澙口镇综合文化站期刊杂志架采购项目已具备采购条件，现采用询价方式进行采购，欢迎符合条件的供应商参加报价。
一、项目名称：澙口镇综合文化站期刊杂志架采购项目
二、采购预算：5.8万元
三、采购内容
包号　品名　数量　主要参数
1　斜面期刊杂志架　12组　钢木结构，单面6层，高1.8米
2　儿童绘本杂志架　6组　实木，高度不超过1米，圆角处理
四、供应商须于3月12日17:00前登录交易系统下载询价文件，并按要求递交报价。
五、联系方式
采购人：澙口镇综合文化站　联系人：韦嘉宁　电话：0775-6203617
代理机构：洸阳正和招标代理有限公司　联系人：覃力　电话：0913-3371289
""",
    ),
    dict(
        slug="guangyang-ggzy-result-hotel-tie-racks-lots",
        site="洸阳公共资源交易平台 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://ggzy.guangyang.example.gov.cn/jyxx/cjgg/2024/1029/30551.html",
        title="洸阳国际酒店客房衣柜领带架及配件采购项目成交结果公告",
        record_title="洸阳国际酒店客房衣柜领带架及配件采购项目成交结果公告 - 成交公告 - 洸阳公共资源交易平台",
        date="2024-10-28",
        notes="tender result as text: a lots table one row a paragraph; purchaser and agency contacts beside the platform's CA line; a publicity period; 成文日期 differs from the page's 信息时间 (the document's date expected, the other accepted)",
        date_also=["2024-10-29"],
        indent="",
        page="""
!m 洸阳公共资源交易平台
!m 交易信息 > 政府采购 > 成交公告
{T}
!m 信息时间：2024-10-29　　浏览：163
!a 〖打印〗〖关闭〗
{BODY}
!l 同类公告：洸阳国际酒店布草洗涤服务项目中标公告
!m 平台CA服务热线：400-660-8152
!m 洸阳市公共资源交易中心　陕ICP备10013318号
""",
        body="""
一、项目编号：GYGZ-2024-CG-0873
二、项目名称：洸阳国际酒店客房衣柜领带架及配件采购项目
三、成交信息
包号　成交供应商　成交金额（元）
1（衣柜领带架280套）　溙城区巧木家居有限公司　61,600.00
2（腰带挂钩及配件）　洸阳恒达五金制品厂　18,340.00
四、评审小组成员：段立新、钟雅、白洪涛
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：洸阳国际酒店有限公司　联系人：邱先生　电话：0913-3306680
代理机构：洸阳正和招标代理有限公司　联系人：覃力　电话：0913-3371289
洸阳正和招标代理有限公司
2024年10月28日
""",
    ),
    dict(
        slug="hengping-lawfirm-case-frame-fell-picture-hook",
        site="岕川恒平律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengpinglaw.example.cn/anli/2025/0110/92.html",
        title="装饰画连同挂画钩砸伤顾客，餐馆要担责吗？",
        record_title="【恒平案例台】装饰画连同挂画钩砸伤顾客，餐馆要担责吗？｜岕川恒平律师事务所",
        date=None,
        notes=(
            "law firm: a lawyer card, a consult float, a 400 line and a 本文链接 block; an 'updated' stamp "
            "only (no date); the case's own numbers in the body"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【恒平案例台】装饰画连同挂画钩砸伤顾客，餐馆要担责吗？｜岕川恒平律师事务所</title>
<script src="/js/consult-float.js"></script>
</head>
<body>
<header>⟦m 岕川恒平律师事务所⟧　⟦m 恒心执业　平正为民⟧　⟦m 全国咨询热线：400-118-6207⟧</header>
<nav>⟦m 首页 · 律所简介 · 专业领域 · 律师团队 · 以案说法 · 联系我们⟧</nav>
<div class="crumb">⟦m 首页 / 以案说法 / 侵权责任⟧</div>
<article>
<h1>{T}</h1>
<p class="meta">⟦m 更新于 2025-01-10　阅读 741⟧</p>
{BODY}
<div class="lawyer-card">⟦w 本文律师：杜若衡　专长：侵权纠纷、消费者权益　点击预约面谈⟧</div>
<div class="permalink">⟦l 本文链接：https://www.hengpinglaw.example.cn/anli/2025/0110/92.html⟧</div>
<div class="notice">⟦d 本文仅为普法交流，不作为具体案件的法律意见。⟧</div>
</article>
<div class="float-consult">⟦w 在线咨询⟧<br>⟦w 留言回电⟧</div>
<footer>⟦m 岕川恒平律师事务所　地址：岕川县新城区政和路33号　黔ICP备19011275号⟧</footer>
</body>
</html>
""",
        body="""
【基本案情】
顾客刘某在某餐馆用餐时，墙上一幅装饰画连同粘贴式挂画钩突然脱落，画框砸中刘某肩部，致其软组织挫伤，花去医疗费2300余元。刘某要求餐馆赔偿，餐馆认为挂画钩是装修公司装的，画掉下来是意外，拒绝赔偿。
【律师评析】
餐馆作为经营场所的经营者，对顾客负有安全保障义务。墙面挂件是否牢固，属于经营者应当检查和维护的范围。粘贴式挂画钩用于悬挂较重的画框，本身就存在脱落风险，餐馆未及时检查更换，未尽到安全保障义务，应当承担赔偿责任。
至于挂画钩是装修公司安装的，属于餐馆与装修公司之间的问题，餐馆赔偿后，可以依据装修合同向装修公司追偿，但不能以此对抗顾客。
【律师提示】
经营场所悬挂画框、镜子等重物，应选用螺栓固定的挂画钩，并定期检查；顾客受伤后应及时就医、保留票据，并请店方出具情况说明。
""",
    ),
    dict(
        slug="deheng-lawfirm-access-fob-key-chain-wages",
        site="渃源德衡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="http://www.dehenglawyer.example.cn/ldyg/20250318/215.html",
        title="员工离职没交还门禁钥匙链，公司能扣工资吗？",
        record_title="劳动用工问答丨员工离职没交还门禁钥匙链，公司能扣工资吗？-渃源德衡律师事务所",
        date="2025-03-18",
        notes="law firm page as text: the 发布时间 line is the page's date; a consult prompt glued after the last 。; a QR consult line and a 400 line",
        indent="",
        page="""
!m 渃源德衡律师事务所 · 劳动用工专栏
!m 首页｜劳动用工问答｜律师团队｜联系我们
!t 劳动用工问答丨员工离职没交还门禁钥匙链，公司能扣工资吗？
!m 发布时间：2025-03-18　作者：德衡律师事务所 庄晓岚律师
{BODY}
!w 扫描右侧二维码，添加律师助理免费咨询
!m 法律咨询热线：400-620-7718
!d 转载请注明来源“渃源德衡律师事务所”。
""",
        body="""
问：我们公司的门禁卡都做成了钥匙链的样式，一个押金五十元。有员工离职时说钥匙链丢了，公司能不能直接从最后一个月工资里扣三百元？
答：不能随意扣。根据《工资支付暂行规定》，用人单位不得克扣劳动者工资。因劳动者本人原因给用人单位造成经济损失的，用人单位可以按照劳动合同的约定要求赔偿，可从工资中扣除，但每月扣除部分不得超过当月工资的20%，扣除后的剩余工资不得低于当地月最低工资标准。
因此，公司扣款要有依据：一是规章制度或劳动合同对门禁钥匙链的保管、赔偿有明确约定；二是赔偿金额与实际损失相当，一个钥匙链造价几十元，扣三百元显然过高。
建议公司在员工入职时签收门禁钥匙链，并在员工手册中写明丢失补办费用，离职时按清单交接。⟦w 有劳动用工问题，欢迎私信德衡律师团队。⟧
""",
    ),
]
