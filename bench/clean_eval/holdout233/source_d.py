"""holdout233, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Every page, place, person, firm, site, URL and number here is invented; see ../README.md
and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="localforum-zhoushan-thread-riverside-sandpit-jammer",
        site="辀山在线 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.zhoushanzaixian.com/thread-208817-1-1.html",
        title="滨河公园的沙坑什么时候能换换沙？",
        record_title=None,
        date=None,
        notes="county forum; no title in the record, the thread subject holds it; jammer-font junk glued and on a "
        "line; a weather line, medals, a decoration ad and an official-reply link; posted '6 天前' (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>辀山在线 - 辀山人自己的网上家园</title>
<script src="data/cache/common.js?v=3"></script>
<style>.jammer{position:absolute;left:-999px}</style>
</head><body>
<div class="zs-top">⟦m 辀山在线⟧ ⟦m 今日辀山：多云 18~27℃ 东南风2级⟧ <a>⟦a 登录⟧</a> <a>⟦a 入住辀山在线⟧</a></div>
<div class="zs-pt">⟦m 辀山在线 › 百姓呼声 › 城建交通⟧</div>
<div class="zs-ad">⟦w 新房装修找辀山宜家装饰，报价热线 0743-5512688⟧</div>
<table class="zs-post"><tr>
<td class="pls"><p>⟦m 滨河遛娃人⟧</p><p>⟦m 勋章：热心市民 · 老会员⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<p class="authi">⟦m 发表于 6 天前 · 查看 2216 · 回复 31⟧</p>
<div class="t_f">
{BODY}
</div>
<p class="gf">⟦l 【已转交】本帖已转县城市管理局，点击查看官方回复⟧</p>
<p class="po">⟦a 支持 41　反对 0　收藏　分享⟧</p>
</td></tr></table>
<div class="zs-reply">⟦l 2# 辀山老街坊：同感，上周我孙子在沙里挖到一个针头⟧</div>
<div class="zs-ft">⟦m 辀山在线 zhoushanzaixian.com　违法和不良信息举报邮箱：jb@zhoushanzaixian.com⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
滨河公园儿童游乐区的沙坑，从去年开园到现在就没换过沙。现在沙子已经发黑，下过雨一股味，里面还能翻出烟头、瓜子壳和雪糕棍。
每天傍晚去玩的孩子有几十个，家长们都很担心卫生问题。我问过园区保洁，说沙坑不归他们管，也不知道该找谁。
希望相关部门能定期给沙坑换沙、消毒，晚上加个盖子，再在旁边立个牌子写明管理单位和电话，方便大家反映问题。
""",
    ),
    dict(
        slug="localforum-zhoushan-post-hanging-stands-junk",
        site="辀山在线 (invented, county forum, text page)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://bbs.zhoushanzaixian.com/thread-209340-1-1.html",
        title="老楼外挂花架太危险，谁来管管",
        record_title="【百姓呼声】老楼外挂花架太危险，谁来管管？-辀山在线·民生论坛",
        date=None,
        notes="county-forum post as text with junk lines and glued junk; the community's own phone in the post beside "
        "the forum's ad line; posted '2 小时前' (no date); the title's question mark belongs to the decoration",
        page="""
!m 辀山在线 · 民生论坛
!m 今日辀山：小雨 15~21℃
!t 【百姓呼声】老楼外挂花架太危险，谁来管管？
!m 楼主 旄园老住户　发表于 2 小时前　只看楼主
{BODY}
!l 回复(8)　　支持(23)
!l 沙发 巷口修车的：我们单元也有，风一吹花盆直晃
!w 防盗窗 · 花架拆装找老邢，电话 13907435218
!a 登录后才能回帖，没有账号？马上注册
!m 辀山在线　客服QQ：2861407735
""",
        junk=dict(lines=1, glued=3),
        body="""
旄园小区3号楼到8号楼都是九十年代的老楼，好多住户在窗外焊了铁花架，上面摆满花盆。有的花架已经锈得发红，底下就是人行道和停车位。
前天刮大风，5号楼四楼一个花盆掉下来，砸在一辆电动车的车筐上，幸好当时下面没人。
我给社区打了电话，社区说会上门劝说，但拆不拆还得住户自己同意。旄园社区居委会电话是0743-5526120，住在这几栋楼的邻居也可以一起反映。
希望有关部门出个统一规定，老楼外挂花架该拆的拆、该加固的加固，别等砸到人再后悔。
""",
    ),
    dict(
        slug="download-guizhe-plan-culture-corridor-boards",
        site="轨辙资料站 (invented, download station, old gb2312 layout)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.guizhe-zl.com/soft/fangan/23071.html",
        title="旂坪镇中心小学校园文化长廊展板更新方案",
        record_title="旂坪镇中心小学校园文化长廊展板更新方案【.doc原稿】极速下载 - 轨辙资料站",
        date="2025-02-26",
        notes="old table layout with a file-info table, three download links, an unzip password, a dead-link report "
        "and a floating ghost-writer ad; the file's update stamp is no date; 成文日期 under the signature",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>旂坪镇中心小学校园文化长廊展板更新方案【.doc原稿】极速下载 - 轨辙资料站</title>
<script src="/js/ad_float.js"></script>
</head><body>
<table width="980" align="center"><tr><td>⟦m 轨辙资料站 — 教师资料一站下齐⟧</td>
<td align="right"><a href="/">⟦m 本站首页⟧</a> | <a href="/soft/jiaoan/">⟦m 教案课件⟧</a> | <a href="/soft/fangan/">⟦m 计划方案⟧</a> | <a href="/soft/shijuan/">⟦m 试卷题库⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：轨辙资料站 → 计划方案 → 学校方案⟧</td></tr></table>
<table width="980" align="center" class="info">
<tr><td colspan="2"><h2>{T}</h2></td></tr>
<tr><td>⟦m 资料大小：37 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-02 21:17⟧</td><td>⟦m 下载次数：682⟧</td></tr>
<tr><td>⟦m 资料授权：免费资料⟧</td><td>⟦m 推荐星级：★★★★☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="intro">
{BODY}
</td></tr></table>
<table width="980" align="center" class="down">
<tr><td>⟦a ▼ 电信线路下载⟧</td><td>⟦a ▼ 联通线路下载⟧</td><td>⟦a ▼ 备用线路下载⟧</td></tr>
<tr><td colspan="3">⟦d 解压密码：www.guizhe-zl.com⟧</td></tr>
<tr><td colspan="3">⟦a 下不动？点这里报告坏链⟧</td></tr>
</table>
<div id="float_ad" style="position:fixed;right:0;bottom:80px">⟦w 方案总结代笔，当天交稿，QQ 1739026558⟧</div>
<table width="980" align="center"><tr><td align="center">⟦m Copyright © 2011-2025 轨辙资料站 豫ICP备11020337号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
为进一步营造育人氛围，学校决定对教学楼一楼文化长廊的展板进行更新，特制定本方案。
一、现状。文化长廊现有展板18块，安装于2019年，多数已褪色、起泡，内容也与学校现阶段工作不相符。
二、更新内容。展板分为“校史回眸”“身边榜样”“书香校园”“科学天地”四个主题，共16块，其中“身边榜样”每学期更新一次。
三、制作要求。展板采用铝合金边框和户内写真喷绘，规格120厘米×80厘米，安装高度以学生平视为准。
四、经费。预计需要经费1.1万元，从学校公用经费中列支。
五、进度安排。3月中旬完成设计，3月底前完成制作安装。
旂坪镇中心小学
2025年2月26日
""",
    ),
    dict(
        slug="download-ziliaoku-rules-park-feeder-maintenance",
        site="资料酷下载站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.ziliaoku-down.cn/d/guicheng/55218.html",
        title="公园喂鸟器管理维护规程",
        record_title="公园喂鸟器管理维护规程.wps",
        date=None,
        notes="file-name record title (.wps); 第N条 articles speaking of 扫码 and 打印 as content; no date (an "
        "effective clause only); download buttons, a file-info line and an unzip password",
        page="""
!m 资料酷下载站　ziliaoku-down.cn
!m 首页 >> 规章制度 >> 园林绿化
!t 公园喂鸟器管理维护规程.wps
!m 文件大小：21KB　　授权方式：免费　　更新：2 周前　　下载：146 次
!a 【高速下载】　　【本地下载】　　【网盘下载】
{BODY}
!d 温馨提示：下载后请用WPS打开，解压密码为本站域名。
!a 点击报告此文件无法下载
!l 同类资料：公园游客行为守则.doc ｜ 绿地养护作业规程.wps
!m 资料酷下载站 版权所有
""",
        indent="",
        body="""
第一条　为规范公园喂鸟器的设置、添食和清洗消毒，保护鸟类健康，制定本规程。
第二条　喂鸟器应悬挂在离地1.8米以上、远离灌木丛和步道的树枝上，每处间隔不少于10米。
第三条　每个喂鸟器应贴有编号二维码。养护人员每次添食、清洗后，须扫码登记时间和内容。
第四条　添食只使用谷物、无盐坚果和新鲜水果，禁止投放面包、剩饭等加工食品。
第五条　喂鸟器每两周清洗消毒一次；发现死鸟、病鸟，应停用该喂鸟器并报告公园管理处。
第六条　管理处每月打印喂鸟器维护台账，由养护班组长签字后归档。
第七条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="exam-yuanchuan-notice-exam-guidance-boards",
        site="辕川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.ycrsks.cn/kwgg/2025/0626/918.html",
        title="关于笔试考点设置考场指引展板的公告",
        record_title="〖考点指引〗关于笔试考点设置考场指引展板的公告-辕川人事考试网",
        date="2025-06-25",
        date_also=["2025-06-26"],
        notes="personnel-exam site with a maintenance banner and an admission-ticket float; an exam timetable (one row a "
        "paragraph); sentences telling candidates to download and print 准考证 and to scan a board's QR code are "
        "content; the exam office's 咨询电话 beside the site's technical line; page date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖考点指引〗关于笔试考点设置考场指引展板的公告-辕川人事考试网</title>
<script src="/js/zkz-float.js"></script>
</head><body>
<div class="ks-notice">⟦d 系统升级：6月28日0:00至6:00暂停报名查询服务⟧</div>
<div class="ks-top">⟦m 辕川人事考试网⟧ <span>⟦m 辕川县人事考试中心⟧</span></div>
<div class="ks-nav"><a>⟦m 首页⟧</a><a>⟦m 考试公告⟧</a><a>⟦m 考务通知⟧</a><a>⟦m 成绩查询⟧</a><a>⟦m 证书领取⟧</a></div>
<div class="ks-pos">⟦m 位置：首页 > 考务通知⟧</div>
<div class="ks-art">
<h1>{T}</h1>
<div class="ks-meta">⟦m 发布日期：2025-06-26　来源：考试中心　字号：大 中 小⟧</div>
<div class="ks-txt">
{BODY}
</div>
</div>
<div class="ks-float"><a href="/zkz/">⟦a 准考证打印入口 ▶⟧</a></div>
<div class="ks-foot">⟦m 网站技术支持电话：0741-3139985（仅解答系统操作问题）⟧<br>⟦m 辕川县人事考试中心 主办　赣ICP备19002715号⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年辕川县事业单位公开招聘笔试将于7月5日在辕川县第一中学考点举行。为方便考生快速找到考场，考点将在校门口和各教学楼入口设置考场指引展板，现将有关事项公告如下。
一、考生请于7月1日至4日登录本网站下载并打印准考证，考试当天凭准考证和身份证入场。
二、考点大门口设总指引展板一块，标明各考场所在楼栋；各楼入口设分指引展板，标明楼层和考场号。考生可扫描展板上的二维码查看考点平面图。
三、考试时间安排如下：
科目　时间
职业能力倾向测验　7月5日9:00—10:30
综合应用能力　7月5日14:00—16:00
四、请勿移动、遮挡或损坏指引展板。
咨询电话：0741-3139906
辕川县人事考试中心
2025年6月25日
""",
    ),
    dict(
        slug="exam-guyang-notice-gardening-stand-practical",
        site="毂阳人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.guyang.gov.cn/tzgg/20250812/3349.html",
        title="毂阳市园林绿化岗位实操考核须知",
        record_title="毂阳市园林绿化岗位实操考核须知【考生必看】_毂阳人事考试信息网",
        date="2025-08-12",
        notes="exam site text page; a practical test of assembling a plant stand; candidates asked to print the "
        "notice of the test (content); the exam office's phone beside the site's service line; 成文日期 at the end",
        page="""
!m 毂阳人事考试信息网
!m 网站首页 → 考试通知 → 事业单位招聘
!t 毂阳市园林绿化岗位实操考核须知【考生必看】
!m 信息来源：毂阳市人事考试院　　阅读：1690
!a 【打印本文】　【收藏本页】
{BODY}
!l 相关信息：毂阳市2025年事业单位招聘面试名单公示
!m 网站服务热线：0745-8127000（工作日 8:30—17:30）
!m 毂阳市人事考试院 主办
""",
        indent="\u3000\u3000",
        body="""
各位考生：
毂阳市市政园林管理处园林绿化岗位实操考核定于8月20日上午在市园林苗圃进行，现将有关事项告知如下。
一、考核内容：考生在40分钟内完成一组木质三层花架的组装，并按照给定样图摆放盆花12盆。
二、评分要点：花架组装牢固、水平，螺丝无遗漏，占40分；盆花摆放高低层次合理、整洁美观，占40分；工具使用规范、场地清理干净，占20分。
三、考点提供螺丝刀、扳手等工具，考生不得自带电动工具。
四、请考生自行打印本须知，考试当天带到现场。
咨询电话：0745-8127316
毂阳市人事考试院
2025年8月12日
""",
    ),
    dict(
        slug="tender-wangxi-notice-village-hoops-procurement",
        site="辋溪县公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.wangxi.gov.cn/jyxx/zfcg/cggg/20250428/0099152.html",
        title="辋溪县农村篮球架采购项目公开招标公告",
        record_date="2025-04-28",
        date="2025-04-28",
        notes="tender portal; the record gives the title as is and the date; a countdown, an attachment link, CA and "
        "trading-system lines; a lots table one row a paragraph; purchaser and agency contacts stay in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>辋溪县公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head><body>
<div class="jy-head">⟦m 辋溪县公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="jy-nav"><a>⟦m 首页⟧</a><a>⟦m 交易信息⟧</a><a>⟦m 政策法规⟧</a><a>⟦m 办事指南⟧</a><a>⟦m 信用信息⟧</a></div>
<div class="jy-pos">⟦m 首页 > 交易信息 > 政府采购 > 采购公告⟧</div>
<div class="jy-art">
<h2>{T}</h2>
<p class="jy-info">⟦m 信息时间：2025-04-28　阅读次数：384⟧</p>
<p class="jy-cd">⟦a 距投标截止还有：18 天 06 时 12 分⟧</p>
<div class="jy-txt">
{BODY}
</div>
<p class="jy-att">⟦a 附件：辋溪县农村篮球架采购项目招标文件.zip（点击下载）⟧</p>
</div>
<div class="jy-side">⟦m CA数字证书办理：0745-6611870⟧<br>⟦m 交易系统运维：0745-6611892⟧</div>
<div class="jy-foot">⟦m 辋溪县公共资源交易中心 主办　鲁ICP备14011205号⟧</div>
</body></html>
""",
        body="""
项目概况：辋溪县农村篮球架采购项目的潜在投标人应在辋溪县公共资源交易网获取招标文件，并于2025年5月19日9时30分前递交投标文件。
一、项目编号：WXCG-2025-0417
二、采购需求：
包号　内容　数量　预算金额
1　整体配重式篮球架　60副　52.8万元
2　移动式篮球架　24副　16.8万元
三、投标人资格要求：具有独立承担民事责任的能力；产品须提供有资质的检测机构出具的检验报告。
四、获取招标文件时间：2025年4月29日至5月9日。
五、采购人：辋溪县文化和旅游体育局，联系人：桑立禾，电话：0745-6623017
六、采购代理机构：毂阳衡信项目管理有限公司，联系人：路晓宁，电话：0745-8291436
""",
    ),
    dict(
        slug="tender-guyang-result-wetland-feeders",
        site="毂阳市政府采购网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://ccgp.guyang.gov.cn/cjgg/2025/1119/40218.html",
        title="軎水湿地公园喂鸟器采购项目成交结果公告",
        record_title="［结果公布］軎水湿地公园喂鸟器采购项目成交结果公告 - 毂阳市政府采购网",
        date="2025-11-19",
        notes="procurement portal text page; the result table one row a paragraph; the purchaser's and agency's "
        "contacts beside the platform's service line; the 公告日期 at the end is the date",
        page="""
!m 毂阳市政府采购网
!m 首页 / 采购公告 / 成交结果
!t ［结果公布］軎水湿地公园喂鸟器采购项目成交结果公告
!m 浏览次数：207
!a 【打印】【关闭】【分享到微信】
{BODY}
!a 附件下载：成交通知书（盖章版）.pdf
!m 平台服务热线：400-870-2315
!m 毂阳市财政局 主办
""",
        indent="",
        body="""
一、项目编号：GYCG-2025-1102
二、项目名称：軎水湿地公园喂鸟器采购项目
三、成交信息：
供应商名称　成交金额　数量
毂阳市逸枝家居用品有限公司　3.36万元　160个
四、主要标的：防腐木质喂鸟器，规格30厘米×25厘米×28厘米，带防雨顶盖和挂钩。
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：毂阳市軎水湿地公园管理处，联系人：卫平，电话：0745-2231906
七、采购代理机构：毂阳衡信项目管理有限公司，联系人：路晓宁，电话：0745-8291436
公告日期：2025年11月19日
""",
    ),
    dict(
        slug="lawfirm-yuanheng-answer-sandpit-cut",
        site="辕衡律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.yuanheng-law.com/wenda/20250610/221.html",
        title="孩子在小区沙坑被碎玻璃划伤，谁来担责？",
        record_title="律师解疑 › 孩子在小区沙坑被碎玻璃划伤，谁来担责？｜辕衡律师事务所",
        date=None,
        notes="law firm with a lawyer card, a consult float, a 400 line and a 本文链接 block; an answer (no date; "
        "'更新于 1 个月前'); a consult prompt glued after the last sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>律师解疑 › 孩子在小区沙坑被碎玻璃划伤，谁来担责？｜辕衡律师事务所</title>
<script src="/js/kefu-float.js"></script>
</head><body>
<div class="lf-top">⟦m 辕衡律师事务所⟧ <span>⟦m 专注民事侵权与物业纠纷⟧</span> <span>⟦m 全国咨询：400-631-7028⟧</span></div>
<div class="lf-nav"><a>⟦m 律所首页⟧</a><a>⟦m 律师团队⟧</a><a>⟦m 律师解疑⟧</a><a>⟦m 成功案例⟧</a><a>⟦m 联系我们⟧</a></div>
<div class="lf-art">
<h1>{T}</h1>
<p class="lf-meta">⟦m 解答律师：尹知遥　更新于 1 个月前　阅读 958⟧</p>
<div class="lf-txt">
{BODY}
</div>
<div class="lf-link">⟦m 本文链接：https://www.yuanheng-law.com/wenda/20250610/221.html⟧<br>⟦d 转载请保留出处，本文仅为一般性法律信息，不构成律师意见⟧</div>
</div>
<div class="lf-card"><p>⟦m 尹知遥 律师⟧</p><p>⟦m 执业证号：13607202011056231⟧</p><p>⟦w 扫码添加尹律师微信，一对一答疑⟧</p></div>
<div class="lf-float">⟦w 免费在线咨询 ☎⟧</div>
<div class="lf-foot">⟦m 辕衡律师事务所 地址：辕川县通衢路52号辕衡大厦9层⟧</div>
</body></html>
""",
        body="""
问：孩子在小区沙坑里玩，被埋在沙里的碎玻璃划伤了手，缝了四针。物业说沙坑是开发商建的，不归他们管，这该找谁？
答：小区内的沙坑属于业主共有的公共设施，交付使用后，由物业服务企业按照物业服务合同负责日常管理和维护。沙坑里长期混有碎玻璃而未清理，物业公司未尽到管理义务，应当承担赔偿责任。物业以“开发商建的”为由推脱，没有法律依据。
如果能查明是谁把玻璃扔进沙坑的，家长也可以要求扔玻璃的人承担责任。
建议您保存好就诊记录、医药费票据，拍下沙坑现场照片，先与物业书面协商；协商不成的，可以向人民法院起诉。⟦w 类似问题可点右下角免费咨询⟧
""",
    ),
    dict(
        slug="lawfirm-zhengyang-case-falling-stand-car",
        site="正阳律所 (invented, law firm text page)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="text",
        source="http://www.zhengyanglvsuo.cn/anli/qinquan/0715.html",
        title="阳台花架坠落砸坏车辆，业主被判赔偿",
        record_title="〔判例速读〕阳台花架坠落砸坏车辆，业主被判赔偿-正阳律所",
        date=None,
        notes="law firm case note (no date); a lawyer line, a consult hotline and a WeChat line; a repost notice",
        page="""
!m 正阳律所　·　辀山本土律师团队
!m 首页 ｜ 案例评析 ｜ 侵权责任
!t 〔判例速读〕阳台花架坠落砸坏车辆，业主被判赔偿
!m 撰稿：正阳律所 龚禾律师　　浏览 433
{BODY}
!w 遇到高空坠物纠纷？正阳律所咨询电话 0743-5590188
!w 添加律师微信 zy-lawyer-gong 免费初步评估
!d 本站案例为律师根据公开裁判整理，当事人信息已做处理，转载请注明来源。
!m 正阳律所　辀山县正阳路17号
""",
        indent="\u3000\u3000",
        body="""
【基本案情】业主钱某在自家五楼阳台外侧安装了一个铁艺花架，上面摆放多盆花卉。某日大风，花架连同花盆坠落，砸中楼下停放的邵某的小轿车，造成车顶和挡风玻璃损坏，维修费用1.27万元。邵某起诉要求钱某赔偿。
【裁判结果】法院审理认为，钱某作为花架的所有人和管理人，将花架安装在阳台外侧，未采取有效的加固措施，不能证明自己没有过错，应当承担侵权责任。判决钱某赔偿邵某车辆维修费1.27万元。
【律师评析】根据民法典第一千二百五十三条，建筑物上的搁置物、悬挂物发生脱落、坠落造成他人损害，所有人、管理人或者使用人不能证明自己没有过错的，应当承担侵权责任。阳台外挂花架属于悬挂物，业主应当定期检查加固，最好移到阳台内侧。
""",
    ),
]
