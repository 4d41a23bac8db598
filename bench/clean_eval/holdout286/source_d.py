"""holdout286, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="cforum-mingshan-frame-shop-moving-jammer",
        site="鄍山在线·鄍山茶馆 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.mingshanzaixian.com/thread-1180447-1-1.html",
        title="老街最后一家镜框店月底搬走，要装框的抓紧",
        record_title="[街坊杂谈] 老街最后一家镜框店月底搬走，要装框的抓紧 - 鄍山茶馆 - 鄍山在线",
        date=None,
        notes="county forum: weather line, medals, pinned decoration ad with its phone, moderators' QQ group, jammer-font "
        "junk; the poster's own shop phone stays in the body; relative post time is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[街坊杂谈] 老街最后一家镜框店月底搬走，要装框的抓紧 - 鄍山茶馆 - 鄍山在线</title>
<script src="data/cache/common.js?vR2"></script>
</head><body>
<div id="toptb">⟦m 今日鄍山：多云 12～21℃ 东南风2级⟧　⟦a 请登录 · 加入鄍山在线⟧</div>
<div id="hd">⟦m 鄍山在线⟧　⟦m 鄍山人自己的网上家园⟧</div>
<div id="pt">⟦m 鄍山在线 › 社区生活 › 鄍山茶馆⟧</div>
<div class="ad-top">⟦a 【置顶广告】鄍山匠心装饰 全包装修 免费量房 电话 0745-6188886⟧</div>
<div class="ts"><h1>{T}</h1></div>
<div class="pls">⟦m 十字口老街坊⟧<br>⟦m 勋章：热心街坊 · 老会员⟧</div>
<div class="authi">⟦m 发表于 2 天前 | 只看该作者 | 查看: 3306 | 回复: 41⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 支持 反对 回复 分享⟧</div>
<div class="rp">⟦l 沙发 街边的梧桐：城北是建材市场那边吧，坐7路到终点再走几步⟧</div>
<div class="rp">⟦l 板凳 阿宽：上个月刚在那装过结婚照，老板娘人很好⟧</div>
<div class="mod">⟦w 版主QQ群：鄍山茶馆 ① 群 618203344（入群请注明街道）⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　鄍山在线 湘ICP备16015920号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
跟大家说个事，老街十字口往东那家镜框店，就是修鞋铺隔壁那家，老板娘说月底就要搬到城北建材市场去了。
店里现在清库存，实木框打八折，旧照片翻新装框也接，一般三天取件。我昨天拿了两张奖状去装，六十块钱，做工挺扎实。
有需要的街坊抓紧去，搬过去以后就远了。店里电话0745-6138817，老板娘姓阮。
另外问一句，谁知道城北那边坐几路公交能到？家里老人去不方便。
""",
    ),
    dict(
        slug="cforum-liaoyang-chained-square-deckchairs-junk",
        site="鄝阳论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.liaoyangbbs.com/thread-662015-1-1.html",
        title="文化广场的公共躺椅被人锁成“私人专座”",
        record_title="【晨练见闻】文化广场的公共躺椅被人锁成“私人专座” - 民生杂谈 - 鄝阳论坛",
        date=None,
        notes="county forum as text: junk lines and junk glued after sentences; a weather line and an official-reply "
        "link; 12345 as content; 'N 小时前' post time is no date",
        page="""
!m 鄝阳论坛 —— 鄝阳人的网上客厅　　今天 晴 18～30℃
!m 首页 › 民生杂谈 › 帖子详情
!t 【晨练见闻】文化广场的公共躺椅被人锁成“私人专座”
!m 楼主：早起的老鲁　发表于 5 小时前　浏览 2018　回复 33
{BODY}
!a 顶　　踩　　回复　　转发给相关部门
!l 2楼 广场边的小卖部：确实，每天一早就被占了
!l 3楼 鄝阳城管（认证）：已转交城区执法中队核实处理，感谢反映。
!m 鄝阳论坛 鄂ICP备18023306号　违法不良信息举报邮箱：jubao@liaoyangbbs.com
""",
        junk=dict(lines=2, glued=2),
        body="""
今天早上去文化广场晨练，发现东边树荫下那排公共躺椅，有三把被人用自行车锁锁在了一起，上面还放着坐垫和茶杯。
问了旁边下棋的大爷。他说附近几个人每天一早就来占，晚上也不搬走，别人想坐都坐不了。
这些躺椅是去年县里统一安装的。用的是公家的钱，凭什么成了个人的专座？希望城管或者广场管理处来看看。
已经打了12345反映，等有回复了再来更新。
""",
    ),
    dict(
        slug="download-fangyuan-hotel-trunk-storage-rules-gb2312",
        site="方圆文档驿站 (invented download station, gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.fangyuanyizhan.net/soft/zhidu/2024/30571.html",
        title="宾馆行李衣箱寄存管理制度",
        record_title="宾馆行李衣箱寄存管理制度【Word可改】免费下载_方圆文档驿站",
        date=None,
        notes="download station in an old table layout: file-info table, three download lines, unzip password, dead-link "
        "report, floating ghost-writer ad; 第N条 rules with an effective clause only (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>宾馆行李衣箱寄存管理制度【Word可改】免费下载_方圆文档驿站</title>
<script language="javascript" src="/js/float_ad.js"></script>
</head><body>
<table width="980" align="center"><tr><td>⟦m 方圆文档驿站⟧</td><td>⟦m 免费文档 · 绿色下载 · 每日更新⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您的位置：首页 → 管理制度 → 酒店宾馆 → 宾馆行李衣箱寄存管理制度⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td>⟦m 文件大小：36 KB⟧</td><td>⟦m 文件格式：doc⟧</td><td>⟦m 授权方式：免费⟧</td></tr>
<tr><td>⟦m 更新时间：2024-07-19⟧</td><td>⟦m 下载次数：1288⟧</td><td>⟦m 推荐等级：★★★★⟧</td></tr></table>
<table width="980" align="center"><tr><td><h2>{T}</h2></td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>⟦a ◎ 电信线路下载⟧</td><td>⟦a ◎ 联通线路下载⟧</td><td>⟦a ◎ 备用线路下载⟧</td></tr>
<tr><td colspan="3">⟦a 解压密码：www.fangyuanyizhan.net⟧</td></tr>
<tr><td colspan="3">⟦a 下载地址失效？点此提交报错，管理员24小时内修复⟧</td></tr></table>
<div id="float_right">⟦w 代写各类管理制度 加微信 fyyz_xiezuo 立等可取⟧</div>
<table width="980" align="center"><tr><td>⟦d 本站资源均收集于网络，仅供学习研究，请在下载后24小时内删除。⟧</td></tr>
<tr><td>⟦m Copyright © 2009-2024 方圆文档驿站 闽ICP备10026418号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条 为规范宾馆行李衣箱寄存服务，保障宾客财物安全，制定本制度。
第二条 行李衣箱寄存由前厅礼宾部负责，寄存时间为每日7:00至23:00。
第三条 宾客寄存衣箱时，礼宾员应当检查箱体是否上锁、有无破损，并在寄存牌上注明件数和寄存时间。
第四条 现金、证件、首饰等贵重物品及易燃易爆物品不予寄存。
第五条 寄存牌一式两联，上联交宾客，下联系在衣箱提手上。宾客凭上联领取，遗失的须出示有效证件并签字确认。
第六条 寄存超过七日无人认领的衣箱，由礼宾部登记后移交保安部保管。
第七条 本制度自印发之日起施行。
""",
    ),
    dict(
        slug="download-zhuyin-tea-scoop-carving-rules-pdf-markers",
        site="竹荫资料库 (invented download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.zhuyinziliao.com/down/pdf/2024/0613/8821.html",
        title="竹茶则雕刻打磨岗位安全操作规程",
        record_title="竹茶则雕刻打磨岗位安全操作规程.pdf",
        date=None,
        notes="file-name record title; a PDF dump with ♤ 第n页 ♤ markers on lines of their own cutting sentences, a running "
        "head on top; decimal headings 1–4 with 2.1–4.2; a procedure without a date; upload stamp is no date",
        page="""
!m 竹荫资料库 > PDF文档 > 安全操作规程
!m 文件：竹茶则雕刻打磨岗位安全操作规程.pdf　大小：412KB　上传：2024-06-13
!a 以下为PDF转文本预览，排版可能错乱，下载原文件查看最佳效果
郹溪县竹间茶器有限公司企业标准
{T}
{BODY}
!a 【下载PDF原文件】　【加入资料篮】
!d 竹荫资料库所有资料由会员上传，仅供参考，如有侵权请联系删除。
""",
        pages=dict(fmt="♤ 第{n}页 ♤", every=120, start=2),
        body="""
1 适用范围
本规程适用于茶则车间雕刻、打磨岗位的全体操作人员。
2 作业前
2.1 穿戴好工作服、防尘口罩和护目镜，长发须盘入工作帽内，严禁戴手套操作雕刻机。
2.2 检查雕刻机刀头是否紧固、吸尘管道是否畅通，发现异常立即报告班组长。
3 作业中
3.1 竹料须用夹具固定后再下刀，手指与刀头的距离不得小于5厘米。
3.2 打磨时应当顺着竹纤维方向进行，砂带机运转中不得用手清理粉尘。
3.3 设备运转中操作人员不得离岗，遇到停电应立即关闭电源开关。
4 作业后
4.1 关闭电源，清理工位上的竹屑和粉尘，倒入指定的防火容器。
4.2 填写设备运行记录，交接班时向下一班说明设备状况。
""",
    ),
    dict(
        slug="exam-mingshan-framer-skill-assessment-timetable",
        site="鄍山人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.mingshanxian.gov.cn/ksgg/2024/1022/2207.html",
        title="2024年下半年装裱工（镜框制作）职业技能等级认定考核公告",
        record_title="〔等级认定·考务〕2024年下半年装裱工（镜框制作）职业技能等级认定考核公告_考试公告_鄍山人事考试网",
        date="2024-10-21",
        date_also=["2024-10-22"],
        notes="personnel-exam site: maintenance banner, admission-ticket float, technical line; timetable one row a "
        "paragraph; 下载/打印准考证 as content; the appraisal office's own 咨询电话 kept; page date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔等级认定·考务〕2024年下半年装裱工（镜框制作）职业技能等级认定考核公告_考试公告_鄍山人事考试网</title>
<script src="/js/ks-common.js"></script>
</head><body>
<div class="notice-bar">⟦a 系统升级提示：10月26日22:00至次日6:00报名系统暂停服务⟧</div>
<div class="logo">⟦m 鄍山人事考试网⟧</div>
<div class="nav">⟦m 首页　考试公告　报名入口　成绩查询　证书领取　政策解答⟧</div>
<div class="cur">⟦m 当前位置：首页 &gt; 考试公告⟧</div>
<div class="con"><h1>{T}</h1>
<div class="sub">⟦m 发布日期：2024-10-22　来源：县职业技能鉴定所　字体：大 中 小⟧</div>
<div class="text">
{BODY}
</div></div>
<div class="float">⟦a 准考证打印入口⟧</div>
<div class="footer">⟦m 鄍山县人力资源和社会保障局主办⟧<br>⟦w 网站技术咨询：0745-6120999（仅解答系统操作问题）⟧<br>⟦m 湘ICP备11009618号⟧</div>
</body></html>
""",
        body="""
各位考生：
2024年下半年装裱工（镜框制作）职业技能等级认定考核定于11月9日至10日举行。现将有关事项公告如下：
一、考核安排
科目　日期　时间
理论知识　11月9日　9:00—10:30
技能操作　11月10日　8:30—12:00
二、准考证打印。请考生于11月4日至8日登录本网站下载并自行打印准考证，凭准考证和身份证参加考核。
三、技能操作考核须自带量尺、角尺和手锯，考场统一提供木条、玻璃和背板。
四、考核地点：鄍山县职业中专实训楼。
咨询电话：0745-6120587（县职业技能鉴定所）
鄍山县人力资源和社会保障局
2024年10月21日
""",
    ),
    dict(
        slug="exam-xichuan-relic-centre-practical-lacquer-yinhe",
        site="鄎川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.xichuanrsks.cn/sydw/2024/0806/913.html",
        title="关于鄎川县文物保护中心公开招聘工作人员实操考核有关事项的公告",
        record_title="【招聘考务】关于鄎川县文物保护中心公开招聘工作人员实操考核有关事项的公告（含考生须知）- 鄎川人事考试网",
        date="2024-08-05",
        notes="exam site as text: maintenance banner and entry float lines; a date inside the body (the exam day) is not "
        "the document's date; 成文日期 under the signature",
        page="""
!a 【公告】本网站将于8月10日凌晨进行服务器维护，届时暂停访问2小时
!m 鄎川人事考试网　　首页 | 事业单位招聘 | 职称考试 | 成绩查询
{T}
!m 发布：县人社局　阅读：3094
!a 〖报名入口〗〖准考证打印〗〖成绩查询〗
{BODY}
!l 附件下载：实操考核考生名单.xls
!m 鄎川县人事考试中心　技术支持：鄎川县信息中心
""",
        indent="\u3000\u3000",
        body="""
根据《鄎川县文物保护中心2024年公开招聘工作人员公告》，现将文物修复岗位实操考核有关事项公告如下：
一、考核时间：2024年8月17日上午8:30。
二、考核地点：鄎川县博物馆文保修复室。
三、考核内容：考生在两小时内完成一件清代漆木印盒残件的清洁和加固，拟定补配方案，并现场讲解修复思路。
四、考生须携带准考证和身份证，修复工具和材料由考点统一提供，不得自带。
五、实操考核满分100分，成绩当场公布，按笔试成绩40%、实操成绩60%合成总成绩。
咨询电话：0739-5208816
鄎川县人力资源和社会保障局
2024年8月5日
""",
    ),
    dict(
        slug="tender-liaoyang-inquiry-welfare-home-deckchairs",
        site="鄝阳县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.liaoyangxian.gov.cn/jyxx/zfcg/xjgg/20240521/0044.html",
        title="鄝阳县社会福利院适老躺椅采购询价公告",
        record_title="〈货物类·询价〉鄝阳县社会福利院适老躺椅采购询价公告_采购公告_鄝阳县公共资源交易中心",
        date="2024-05-20",
        date_also=["2024-05-21"],
        notes="tender portal: countdown, attachment link, CA and trading-system hotlines; purchaser and agency contacts "
        "kept; items table one row a paragraph; the notice's date differs from the posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〈货物类·询价〉鄝阳县社会福利院适老躺椅采购询价公告_采购公告_鄝阳县公共资源交易中心</title>
<script src="/js/countdown.js"></script>
</head><body>
<div class="hd">⟦m 鄝阳县公共资源交易中心⟧　⟦a 交易主体登录　CA锁驱动下载⟧</div>
<div class="nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南　政策法规⟧</div>
<div class="path">⟦m 首页 » 政府采购 » 询价公告⟧</div>
<div class="detail"><h3>{T}</h3>
<div class="info">⟦m 信息时间：2024-05-21　阅读次数：204⟧</div>
<div class="cd">⟦a 距报价截止还有：06天 03时 41分⟧</div>
<div class="ewb-article">
{BODY}
</div>
<div class="att">⟦a 附件：询价文件（适老躺椅）.zip⟧</div></div>
<div class="service">⟦w CA证书办理及锁具问题：0735-6690110⟧<br>⟦w 交易系统操作咨询：0735-6690222（工作日）⟧</div>
<div class="footer">⟦m 鄝阳县公共资源交易中心　地址：鄝阳县政务服务中心四楼⟧　⟦m 湘ICP备19004211号-1⟧</div>
</body></html>
""",
        body="""
一、项目名称：鄝阳县社会福利院适老躺椅采购项目
二、采购内容及数量：
品目　规格要求　数量
可调节适老躺椅　靠背三档调节，带扶手，承重≥150kg　60把
折叠陪护躺椅　展开长度≥185cm，竹木或铝合金框架　20把
三、预算金额：4.8万元。
四、报价截止时间：2024年5月27日17:00，供应商须在截止时间前通过交易系统递交报价文件。
五、采购人：鄝阳县社会福利院　联系人：胡立群　电话：0735-6631208
采购代理机构：鄝阳县政府采购服务中心　联系人：谭晴　电话：0735-6632517
2024年5月20日
""",
    ),
    dict(
        slug="tender-mingshan-archives-frames-result-lots",
        site="鄍山县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.mingshanxian.gov.cn/cjgg/2024/09/26/5517.html",
        title="鄍山县档案馆荣誉证书装框服务采购项目成交结果公告",
        date="2024-09-26",
        notes="tender result as text, record title as is; lots table one row a paragraph; the purchaser's phone beside the "
        "platform's hotline; the notice's date at the end",
        page="""
!m 鄍山县政府采购网
!m 首页 / 采购公告 / 成交结果公告
{T}
!m 发布日期：2024-09-26　　浏览：97
!a 〔我要打印〕　〔关闭本页〕
{BODY}
!l 相关公告：鄍山县档案馆荣誉证书装框服务采购项目竞争性磋商公告
!w 平台服务热线：0745-6129000　投诉举报：0745-6129012
!m 鄍山县财政局主办　湘ICP备12014475号
""",
        indent="\u3000\u3000",
        body="""
一、项目编号：MSCG-2024-0917
二、项目名称：鄍山县档案馆荣誉证书装框服务采购项目
三、成交信息：
包号　成交供应商　成交金额（元）
1　鄍山县守恒装饰材料经营部　18600
2　郲坪镇雅框工艺品厂　9450
四、主要成交标的：实木镜框320个、金属镜框150个及上墙安装服务。
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：鄍山县档案馆　联系电话：0745-6122041
2024年9月26日
""",
    ),
    dict(
        slug="lawfirm-hengzheng-checked-trunk-damage-answer",
        site="鄎川衡平律师事务所 (invented)",
        style="律所网站",
        genre="法律解答",
        kind="other",
        form="html",
        source="https://www.hengpinglaw.cn/wenda/2024/1190.html",
        title="托运的衣箱被摔坏，航空公司只赔100元合理吗？",
        record_title="【律师答客问】托运的衣箱被摔坏，航空公司只赔100元合理吗？｜衡平律所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, 本文网址 block and a repost notice; an answer without a date; "
        "a consult prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【律师答客问】托运的衣箱被摔坏，航空公司只赔100元合理吗？｜衡平律所</title>
<script src="/static/consult.js"></script>
</head><body>
<div class="hd">⟦m 鄎川衡平律师事务所⟧　⟦m 专业 · 务实 · 守信⟧　⟦w 全国咨询热线 400-889-6215⟧</div>
<div class="nav">⟦m 首页　律所简介　专业领域　律师团队　律师答客问　联系我们⟧</div>
<div class="pos">⟦m 首页 › 律师答客问 › 消费维权⟧</div>
<div class="qa"><h1>{T}</h1>
<div class="lawyer">⟦m 解答律师：窦远航　执业证号 14309202110**　擅长：合同纠纷 消费维权⟧</div>
<div class="ans">
{BODY}
</div>
<div class="url">⟦m 本文网址：https://www.hengpinglaw.cn/wenda/2024/1190.html⟧</div>
<div class="repost">⟦d 转载请注明来源于衡平律所官网，未经许可不得用于商业宣传。⟧</div></div>
<div class="float">⟦a 免费咨询律师 ›⟧</div>
<div class="ft">⟦m 地址：鄎川县城关镇滨河东路29号金穗大厦8楼⟧　⟦m 湘ICP备20016613号⟧</div>
</body></html>
""",
        body="""
这是很多旅客都会遇到的问题。先说结论：不一定只能拿100元，关键看衣箱损坏的原因和您能拿出的证据。
根据《民用航空法》，托运行李毁灭、遗失或者损坏的，承运人应当承担责任；赔偿限额有明确规定，如果您在托运时办理了声明价值，则按声明价值赔偿。⟦a 遇到类似问题？点此在线咨询⟧
建议您这样做：一是在机场行李查询柜台当场填写行李运输事故记录，不要离开机场后再反映；二是对衣箱破损部位拍照，保留登机牌、行李牌和衣箱购买凭证；三是与航空公司协商不成的，可以向民航主管部门投诉，或者向法院起诉。
以上解答仅供参考，具体个案请咨询执业律师。
""",
    ),
    dict(
        slug="lawfirm-mingheng-letter-copied-tea-scoop-design",
        site="郹溪明衡律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.minghenglawyer.com/wenshu/2024/1113/86.html",
        title="关于停止销售仿冒“竹间”系列茶则产品的律师函",
        record_title="〔本所文书·知产〕关于停止销售仿冒“竹间”系列茶则产品的律师函｜明衡律所",
        date="2024-11-12",
        notes="law firm page as text: the lawyer's own phone in the letter beside the firm's 400 line; a lawyer card and a "
        "consult prompt; 成文日期 under the signature",
        page="""
!m 郹溪明衡律师事务所　　知识产权 · 商事争议
!m 首页 ＞ 本所文书 ＞ 知识产权
{T}
!m 来源：明衡律所知识产权部　　阅读 356
{BODY}
!m 律师名片｜欧阳澈　知识产权部主任　执业11年
!w 预约面谈请拨：400-112-7790（工作日 8:30-17:30）
!d 本所发布的文书已隐去当事人信息，仅作普法展示。
!m © 郹溪明衡律师事务所　湘ICP备22003317号
""",
        indent="\u3000\u3000",
        body="""
郹溪县某某茶具商行：
本所接受郹溪县竹间茶器工作室（以下简称“委托人”）的委托，就贵方销售仿冒委托人“竹间”系列茶则产品一事，致函如下：
委托人于2022年设计的“竹间”系列竹茶则已取得外观设计专利。经委托人核实，贵方自今年8月起在网店销售的“竹意”茶则，在整体形状、手柄竹节位置和刻纹上与委托人产品基本相同。
据此，本所律师郑重要求贵方：一、自收到本函之日起立即停止销售上述产品；二、于十日内下架相关商品链接并书面回复本所。
如贵方置之不理，委托人将依法追究贵方的法律责任。
承办律师：欧阳澈　电话：0738-7216603
郹溪明衡律师事务所
2024年11月12日
""",
    ),
]
