"""holdout266, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text; see ../README.md and ../build.py for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="countyforum-beichuan-faded-quilt-cover-complaint-jammer",
        site="鞴川在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="http://bbs.beichuan-online.example/thread-301772-1-1.html",
        title="送洗的被套被洗褪色了，店家只肯赔二十块",
        record_title="[民生吐槽] 送洗的被套被洗褪色了，店家只肯赔二十块（有图） - 消费维权 - 鞴川在线",
        date=None,
        notes="county forum with a weather line, medals, a decoration ad, an official-reply link and jammer fonts "
        "in the post; poster time 5 天前 is no date; board tag, aside, board and site suffixes",
        page="""
<html><head><meta charset="gbk"><title>[民生吐槽] 送洗的被套被洗褪色了，店家只肯赔二十块（有图） - 消费维权 - 鞴川在线</title>
<style>.jammer{display:none}</style><script src="data/cache/bc_common.js"></script></head><body>
<div class="top">⟦m 鞴川在线⟧ ⟦m 鞴川人自己的网上家园⟧ ⟦m 今日鞴川：小雨 8～13℃⟧ <a>⟦a 登录⟧</a></div>
<div class="pt">⟦m 鞴川在线 › 民生 › 消费维权⟧</div>
<div class="ad">⟦a 鞴川好家装：全包装修 每平米 699 起，到店送全屋窗帘⟧</div>
<h1 id="thread_subject">{T}</h1>
<table><tr><td class="pls">⟦m 竹林下的猫⟧<br>⟦m 勋章：热心网友 · 老会员⟧</td>
<td class="plc"><div class="pi">⟦m 发表于 5 天前 ｜ 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 点赞 44 ｜ 回复 ｜ 转交有关部门⟧</div></td></tr></table>
<div class="reply">⟦l 版主回复：已转交县消费者协会，请楼主留意短信通知。⟧</div>
<div class="reply">⟦l 沙发 ｜ 鞴川小陈：同一家店，我的窗帘也洗缩了⟧</div>
<div class="ft">⟦m 鞴川在线 Archiver ｜ 手机版 ｜ 鄂ICP备14009637号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
上个月把家里一床真丝被套送到城南一家干洗店，当时说好按真丝工艺洗，收了八十块。
取回来一看，被套上的浅蓝色花纹洗得发白，有一大片还泛黄，跟原来完全两样。
找店家理论，店家说是被套本身掉色，跟他们没关系，还说取衣单背面印着“褪色概不负责”，最后只肯赔二十块。这床被套是去年花六百多买的，还有发票。
想问问各位，这种情况该找哪里？消协能管吗？
""",
    ),
    dict(
        slug="countyforum-leixi-old-street-blind-shop-thread-junk",
        site="耒溪百事通论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.leixi-bst.example/t/88176",
        title="老街那家竹帘铺要搬走了，有点舍不得",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject with a board tag; forum junk lines and junk glued after "
        "sentences; post time 昨天 is no date; floors, a medal line and a reply prompt",
        page="""
!m 耒溪百事通 › 耒溪杂谈
!t 【耒溪杂谈】老街那家竹帘铺要搬走了，有点舍不得
!m 楼主　老街土著　｜　昨天 08:12　｜　查看 2640　回复 57
!m 勋章：十年老友
{BODY}
!l 2楼　溪边石：小时候家里的竹帘都是在他家买的
!l 3楼　耒溪阿强：搬到哪里去了？求地址
!a 回复本帖需先登录　｜　快速回复
!m 耒溪百事通论坛　湘ICP备17020548号
""",
        junk=dict(lines=2, glued=2),
        body="""
今天路过老街，看到郑师傅的竹帘铺门口贴了告示，说月底就要搬了。
这家铺子开了快四十年，门口常年挂着几挂样帘，有细丝的、有宽片的，还有画了山水的。小时候夏天一到，我妈就带我来这里选竹帘。
郑师傅说，老街要改造，房租也涨了，他年纪大了，打算搬回砬湾镇老家，在家接点订单。
以后路过老街，再也看不到那些在风里晃的竹帘了。有喜欢的朋友抓紧去看看吧。
""",
    ),
    dict(
        slug="download-jiangxin-rules-mallet-workshop-file-table",
        site="匠心资料站 (invented download station, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.jiangxin-zl.example/soft/anquan/6617.html",
        title="木制捣衣棒槌加工车间安全操作规程",
        record_title="木制捣衣棒槌加工车间安全操作规程（车间张贴版）免费下载 - 匠心资料站",
        date=None,
        notes="download station: a file-info table, three mirror links, an unzip password, a dead-link report and "
        "a floating ghost-writer ad; rules with 第N条 articles; an add date in the info table is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>木制捣衣棒槌加工车间安全操作规程（车间张贴版）免费下载 - 匠心资料站</title>
<script language="javascript" src="/inc/ad_float.js"></script></head>
<body>
<table width="980" align="center"><tr><td>⟦m 匠心资料站⟧ ⟦m 安全资料 · 制度规程 · 表格模板⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页 | 安全管理 | 制度规程 | 应急预案 | 培训课件 | 会员中心⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：匠心资料站 → 制度规程 → 木工机械⟧</td></tr></table>
<table width="980" align="center" border="1" class="info">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：26 KB　资料格式：DOC⟧</td><td>⟦m 添加时间：近一周　下载次数：382⟧</td></tr>
<tr><td>⟦m 运行环境：Word / WPS⟧</td><td>⟦m 资料评级：★★★★☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="jieshao">
<b>⟦m 资料简介：⟧</b><br>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>
⟦a 下载地址：电信线路一　｜　联通线路二　｜　本站备用地址⟧<br>
⟦a 解压密码：www.jiangxin-zl.example⟧<br>
⟦a 下载不了？点这里报告死链，管理员 24 小时内修复⟧
</td></tr></table>
<div id="float_ad">⟦w 安全制度定制、体系文件代写 QQ 1930447825⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来自网络收集，仅供学习研究，请下载后 24 小时内删除。⟧<br>⟦m 匠心资料站 版权所有 豫ICP备10027719号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　本规程适用于本厂棒槌车间的下料、车削、打磨、上油各工序。
第二条　操作人员上岗前必须穿戴工作服、防护眼镜和防尘口罩，长发须盘入工作帽内，严禁戴手套操作车床。
第三条　开机前检查木工车床的卡盘、顶尖和防护罩，确认木料夹紧后方可启动。
第四条　车削棒槌槌头时，刀具应平稳进给，不得用手触摸旋转中的木料。
第五条　打磨工序必须开启吸尘装置，车间内严禁吸烟和使用明火。
第六条　下班前切断电源，清理木屑，填写设备运行记录。
""",
    ),
    dict(
        slug="download-xiazaie-plan-birdcage-stalls-doc-markers",
        site="下载e站 (invented download station)",
        style="资料下载站",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.xiazai-e.example/doc/fangan/44180.html",
        title="鸟语花香城鸟笼鸟具摊位规范管理工作方案",
        record_title="鸟语花香城鸟笼鸟具摊位规范管理工作方案.doc",
        date="2024-07-22",
        notes="file-name record title; the text of a .doc preview cut by '⍁ n ⍁' markers glued with a space to the "
        "continuation lines; 成文日期 under the signature; file-info and mirror chrome",
        page="""
!m 下载e站 — 文档、表格、方案一站下
!m 首页 ＞ 文档 ＞ 方案计划
!t 鸟语花香城鸟笼鸟具摊位规范管理工作方案.doc
!m 文件大小：41KB　｜　格式：doc　｜　更新：上周
!a ⇩ 高速下载　⇩ 普通下载　⇩ 网盘备用
!m 文件预览：
{BODY}
!a 预览结束，完整内容请下载文件查看
!a 链接失效请留言反馈
!d 下载e站所有资源来源于网络，版权归原作者，如有侵权请联系删除。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⍁ {n} ⍁", every=75, start=2, glue=True, sep=" "),
        body="""
为规范鸟语花香城鸟笼、鸟具摊位经营秩序，营造文明整洁的市场环境，制定本方案。
一、工作目标
7月底前完成全部86个鸟笼鸟具摊位的编号登记，做到摊位有编号、商品有标价、经营有台账。
二、主要措施
（一）统一摊位标识。每个摊位悬挂统一制作的编号牌，公示经营者姓名和投诉电话。
（二）规范商品陈列。鸟笼一律挂在摊位内的挂杆上，不得占用过道，活鸟不得与鸟笼混放售卖。
（三）加强日常巡查。市场管理办每天早晚各巡查一次，对违规摊位先劝导，屡教不改的清退出场。
鸊湖区鸟语花香城市场管理办公室
2024年7月22日
""",
    ),
    dict(
        slug="exam-chancheng-announcement-birdcage-craft-assessment",
        site="韂城人事考试信息网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.ccrsks.example/ksap/zyjn/2024/0815/4471.html",
        title="韂城市2024年竹编鸟笼制作专项职业能力考核公告",
        record_title="〔技能考核公告〕韂城市2024年竹编鸟笼制作专项职业能力考核公告_韂城人事考试信息网",
        date="2024-08-14",
        date_also=["2024-08-15"],
        notes="exam site with a maintenance banner and an admission-ticket float; the centre's 咨询电话 beside the "
        "site's technical line; sentences about downloading and printing 准考证 as content; a schedule table; "
        "成文日期 under the signature, the page date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔技能考核公告〕韂城市2024年竹编鸟笼制作专项职业能力考核公告_韂城人事考试信息网</title>
<script src="/js/ks.min.js"></script></head>
<body>
<div class="notice-bar">⟦d 系统维护提示：8月17日 0:00—6:00 报名系统暂停服务，请错峰操作。⟧</div>
<div class="head">⟦m 韂城人事考试信息网⟧ ⟦m 韂城市人事考试院主办⟧</div>
<div class="nav">⟦m 首页 ｜ 考试安排 ｜ 报名入口 ｜ 成绩查询 ｜ 证书办理 ｜ 政策法规⟧</div>
<div class="pos">⟦m 当前位置：首页 > 考试安排 > 职业能力考核⟧</div>
<div class="con"><h3>{T}</h3>
<div class="sub">⟦m 发布日期：2024-08-15　浏览次数：2041⟧</div>
<div class="text">
{BODY}
</div></div>
<div class="float-zkz"><a href="/zkz">⟦a 准考证打印入口 ▶⟧</a></div>
<div class="foot">⟦m 韂城市人事考试院　地址：韂城市鸊湖区文华路18号⟧<br>⟦m 网站技术支持：0736-8829001（仅受理系统故障）⟧<br>⟦m 湘ICP备09013376号-2⟧</div>
</body></html>
""",
        body="""
为传承竹编鸟笼制作技艺，培养手工艺技能人才，市人社局决定开展2024年竹编鸟笼制作专项职业能力考核。现将有关事项公告如下。
一、考核对象：从事竹编鸟笼制作满一年的城乡劳动者。
二、考核内容：理论知识和实际操作两部分，实际操作要求在4小时内完成一只小型竹编鸟笼的穿条和笼门制作。
三、考核安排
科目　日期　地点
理论知识　9月7日上午　市职业技能鉴定中心
实际操作　9月7日下午　鸟语花香城实训点
四、准考证打印：考生于9月2日至6日登录本网下载并自行打印准考证，凭准考证和身份证参加考核。
咨询电话：0736-8829356（市职业技能鉴定中心）。
韂城市人力资源和社会保障局
2024年8月14日
""",
    ),
    dict(
        slug="exam-jiangyang-notice-sewing-quilt-cover-skill-cn-date",
        site="秔阳职业技能鉴定网 (invented personnel-exam site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jyjdz.example/tzgg/2024/1021/915.html",
        title="关于缝纫工（被套制作）职业技能等级认定考核安排的通知",
        record_title="关于缝纫工（被套制作）职业技能等级认定考核安排的通知（附考场安排）- 秔阳职业技能鉴定网",
        date="2024-10-21",
        notes="a skill-test notice with a timetable one row a paragraph; printing 准考证 as content; the station's "
        "咨询电话 beside the site's technical line; 成文日期 in Chinese numerals; decorated title (aside, site suffix)",
        page="""
!m 秔阳职业技能鉴定网　｜　秔阳县职业技能鉴定站
!m 首页 / 通知公告 / 考务安排
!t 关于缝纫工（被套制作）职业技能等级认定考核安排的通知（附考场安排）
!m 作者：鉴定站　阅读：733
!a 【打印准考证】　【成绩查询】
{BODY}
!m 本网技术支持：0710-3127005
!l 上一篇：2024年第三批职业技能等级证书领取通知
!m 秔阳县职业技能鉴定站 版权所有
""",
        indent="\u3000\u3000",
        body="""
各培训机构、各考生：
2024年第四批缝纫工（被套制作）职业技能等级认定考核定于11月上旬举行，现将考核安排通知如下。
批次　时间　考场
第一批　11月2日　县职教中心实训楼201
第二批　11月3日　饧坪镇家纺车间
实操考核内容为：按给定尺寸裁剪并缝制一床带拉链的被套，限时150分钟。考生须于考前3天登录本网打印准考证，自带剪刀、软尺、划粉。
咨询电话：0710-3125512。
秔阳县职业技能鉴定站
二〇二四年十月二十一日
""",
    ),
    dict(
        slug="tender-xianshan-bid-result-welfare-home-quilt-covers",
        site="杴山县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.xianshan.gov.example/jyxx/zfcg/zbgg/20241126/6630121.html",
        title="杴山县社会福利院冬季被套采购项目中标结果公告",
        record_title="【中标结果发布】杴山县社会福利院冬季被套采购项目中标结果公告_政府采购_杴山县公共资源交易网",
        record_date="2024-11-26",
        date="2024-11-26",
        notes="date given by the record; tender portal with a countdown, CA and trading-system lines beside the "
        "purchaser's and agency's own contacts; a bid-lots table one row a paragraph; result-type prefix, column and "
        "site suffixes",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【中标结果发布】杴山县社会福利院冬季被套采购项目中标结果公告_政府采购_杴山县公共资源交易网</title>
<script src="/static/ggzy.js"></script></head>
<body>
<div class="top">⟦m 杴山县公共资源交易网⟧ <span>⟦m 公开 公平 公正 诚信⟧</span> <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="nav">⟦m 首页 ｜ 交易信息 ｜ 政府采购 ｜ 工程建设 ｜ 服务指南 ｜ 下载中心⟧</div>
<div class="pos">⟦m 首页 > 交易信息 > 政府采购 > 结果公告⟧</div>
<div class="detail"><h2>{T}</h2>
<p class="ds">⟦m 信息时间：2024-11-26　阅读次数：211⟧</p>
<p class="cd">⟦m 距公示期结束还有：00天 13时 22分⟧</p>
<div class="txt">
{BODY}
</div></div>
<div class="help">⟦m CA证书办理：0718-6611800　交易系统操作：0718-6611802⟧</div>
<div class="foot">⟦m 杴山县公共资源交易中心 主办　鄂ICP备17033058号-1⟧</div>
</body></html>
""",
        body="""
一、项目编号：XSZC-2024-0187
二、项目名称：杴山县社会福利院冬季被套采购项目
三、中标信息
包号　货物　中标供应商　中标金额
1包　纯棉被套（1.5米）　韂城暖眠家纺有限公司　38600元
2包　纯棉被套（1.2米）　秔阳织锦被服厂　21450元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：杴山县社会福利院，联系人：钟丽萍，电话：0718-6604213。
采购代理机构：杴山正信招标代理有限公司，联系人：曹振宇，电话：0718-6627790。
""",
    ),
    dict(
        slug="tender-aoling-inquiry-culture-station-bamboo-blinds",
        site="嶅岭阳光采购网 (invented procurement portal)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.aoling-ygcg.example/xjgg/2024/0611/2291.html",
        title="嶅岭县文化站竹帘遮阳改造项目询价公告",
        record_title="〔零星询价〕嶅岭县文化站竹帘遮阳改造项目询价公告 - 嶅岭阳光采购网",
        date="2024-06-11",
        notes="inquiry notice: downloading the inquiry file as content; the purchaser's contact beside the platform's "
        "service hotline; an 附件 list; 成文日期 under the signature; bracketed type prefix and site suffix",
        page="""
!m 嶅岭阳光采购网　——　阳光采购，廉洁高效
!m 首页 → 采购公告 → 询价公告
!t 〔零星询价〕嶅岭县文化站竹帘遮阳改造项目询价公告
!m 公告类型：询价　｜　点击：167
!a ［下载公告］　［收藏］
{BODY}
!m 平台客服热线：0739-5300789（工作日 8:30—17:30）
!m 嶅岭阳光采购网 版权所有　湘ICP备20014862号
""",
        body="""
嶅岭县文化站拟对活动中心南侧窗户进行竹帘遮阳改造，现邀请合格供应商参加询价。
一、采购内容：定制安装手拉式竹丝帘18扇，规格以现场测量为准，最高限价9800元。
二、供应商要求：具有独立法人资格，近三年无重大违法记录。
三、询价文件获取：请于6月17日前在本网下载询价文件，填写报价单后密封送达文化站办公室。
四、联系人：何雪梅，电话：0739-5321468。
附件：1.询价文件
2.竹帘规格及安装位置表
嶅岭县文化站
2024年6月11日
""",
    ),
    dict(
        slug="lawfirm-mingheng-case-note-birdcage-in-corridor",
        site="韂城明衡律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="案例解析",
        kind="other",
        form="html",
        source="https://www.mingheng-law.example/alfx/2024/331.html",
        title="在楼道里挂鸟笼，邻居能要求拆吗？",
        record_title="邻里纠纷案例 · 在楼道里挂鸟笼，邻居能要求拆吗？｜明衡律师事务所",
        date=None,
        notes="law firm with a lawyer card, a consult float, a 400 line and a repost notice; a case note with no "
        "date; an 'ask a lawyer' prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>邻里纠纷案例 · 在楼道里挂鸟笼，邻居能要求拆吗？｜明衡律师事务所</title><script src="/js/kefu-float.js"></script></head>
<body>
<div class="hd">⟦m 韂城明衡律师事务所⟧ ⟦m 明法衡理　诚信执业⟧ <span>⟦m 全国咨询热线 400-880-3717⟧</span></div>
<div class="nav">⟦m 首页 律所简介 专业领域 律师团队 以案说法 联系我们⟧</div>
<div class="pos">⟦m 首页 ＞ 以案说法 ＞ 相邻关系⟧</div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 作者：明衡律师事务所 民事部　阅读 1290⟧</div>
<div class="txt">
{BODY}
</div>
<div class="copy">⟦d 本文为明衡原创普法内容，转载须保留作者和出处。⟧</div></div>
<div class="card">⟦m 执业律师 柏文轩　执业证号 14307201810552⟧<br>⟦a 一键预约面谈⟧</div>
<div class="float">⟦w 在线法律咨询，律师 10 分钟内回复⟧</div>
<div class="ft">⟦m 地址：韂城市鸊湖区中山路88号汇金大厦12楼⟧　⟦m 湘ICP备19042061号⟧</div>
</body></html>
""",
        body="""
【案情】王某住在某小区六楼，平时在楼道窗户边挂了三只鸟笼。对门邻居认为鸟笼占用公共楼道，鸟粪和羽毛影响卫生，清晨鸟叫也影响休息，多次协商无果后诉至法院，要求王某移除鸟笼。
【判决】法院认为，楼道属于业主共有部分，王某长期在楼道悬挂鸟笼，妨碍了其他业主正常使用，并造成卫生问题，判决王某于十日内移走鸟笼。⟦w 遇到类似纠纷？点此免费咨询明衡律师⟧
【律师提醒】养鸟是个人爱好，但不能占用楼道等公共部位。鸟笼宜挂在自家阳台，注意清洁，早晨尽量不要把鸟笼挂在窗外，以免影响邻居。
""",
    ),
    dict(
        slug="lawfirm-zhenghe-letter-pipe-trademark-desensitised",
        site="嶅岭正禾律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="函",
        kind="other",
        form="text",
        source="http://www.zhenghe-law.example/wsfb/2024/118.html",
        title="关于停止使用“××”烟斗商标的律师函",
        record_title="【律师函样稿】关于停止使用“××”烟斗商标的律师函（已隐去当事人信息）- 正禾律师事务所",
        date="2024-03-18",
        notes="a desensitised lawyer's letter with ×× placeholders; 成文日期 under the signature; the firm's own "
        "contact in the letter beside the site's 400 line; decorated title (bracket prefix, aside, firm suffix)",
        page="""
!m 嶅岭正禾律师事务所　｜　知识产权 · 公司商事 · 民事诉讼
!m 首页 > 文书发布 > 律师函
!t 【律师函样稿】关于停止使用“××”烟斗商标的律师函（已隐去当事人信息）
!m 发布：正禾知识产权部　浏览：426
{BODY}
!w 商标维权咨询：400-613-2290（正禾律所总机）
!d 本文书已作脱敏处理，仅供参考，不构成法律意见。
!m 嶅岭正禾律师事务所　湘ICP备16035507号
""",
        body="""
××工艺品有限公司：
嶅岭正禾律师事务所接受××烟斗制品厂（以下简称“委托人”）委托，就贵公司使用“××”商标事宜致函如下：
委托人是第××号“××”注册商标的权利人，核定使用商品为烟斗、烟斗架等。经查，贵公司在网店销售的石楠木烟斗上使用了与委托人商标近似的标识，容易导致消费者混淆，已涉嫌侵犯委托人的注册商标专用权。
为此，请贵公司自收到本函之日起七日内停止使用上述标识，下架相关商品。逾期未处理的，委托人将依法追究法律责任。
联系人：严律师，电话：0739-5218863。
嶅岭正禾律师事务所
2024年3月18日
""",
    ),
]
