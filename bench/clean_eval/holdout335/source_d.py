"""holdout335, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="cityforum-guyang-end-cap-broke-car-window-jammer",
        site="沽阳在线论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.guyangol.com/thread-1190284-1-1.html",
        title="楼上晾衣杆堵头掉下来砸坏车窗，这事该找谁？",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; jammer fonts glued and on a line; a weather line, "
        "medals, a decoration ad beside the poster's own call to the property office's phone; an official "
        "reply link; only 前天 times: no date",
        page="""
<html><head><meta charset="gbk">
<title>沽阳在线论坛 - 沽阳人自己的网上家园</title>
<style>.jammer{display:none}</style>
</head><body>
<div id="hd">⟦m 沽阳在线论坛⟧　⟦m 今日沽阳：多云 19～27℃⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 论坛首页 › 民生诉求 › 小区物业⟧</div>
<div class="ad">⟦w 亓匠装修，全县免费上门量房，电话 139 5530 6612⟧</div>
<table><tr><td class="pls">⟦m 一只水瓶座⟧<br>⟦m 勋章：热心网友 老会员⟧</td>
<td class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 前天 20:14　｜　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply">⟦a 本帖已转交相关部门，点此查看官方回复⟧</div>
</td></tr></table>
<div class="fast">⟦a 快速回复：文明发言，理性诉求⟧</div>
<div id="ft">⟦m 沽阳在线 Powered by Discuz!⟧ ⟦m 皖ICP备15002641号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
前天下午我把车停在骆湾花园9栋楼下，回来发现前挡风玻璃裂了一大片，旁边地上躺着一个黑色的塑料堵头，一看就是楼上晾衣杆上掉下来的。
我挨家挨户问了一圈，没人承认。后来打了物业电话0553-7269901，物业说晾衣杆是业主自己装的，他们管不了，让我报警。
派出所来人看了，说楼上好几户的晾衣杆堵头都缺了，确实分不清是哪一家的。
想问问各位：这种情况到底该找谁？物业有没有责任？还有，住高层的朋友们，抽空看看自家晾衣杆的堵头吧，今天砸的是车，明天可能就是人。
""",
    ),
    dict(
        slug="cityforum-qixi-group-buy-food-scissors-board",
        site="亓溪生活网论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.qixilife.net/forum.php?mod=viewthread&tid=330815",
        title="团购的辅食剪到了，说几个注意事项",
        record_title="[妈妈帮] 团购的辅食剪到了，说几个注意事项（团长发言） - 亲子育儿 - 亓溪生活网",
        date=None,
        notes="county forum as text: decorated title with a board suffix; the poster's own pickup phone stays; "
        "a forum ad between paragraphs, replies and a sign-in prompt; only '5 小时前': no date",
        page="""
!m 亓溪生活网 › 论坛 › 亲子育儿
!t [妈妈帮] 团购的辅食剪到了，说几个注意事项（团长发言）
!m 楼主：棉花糖团长　｜　5 小时前　｜　查看 1187　回复 26
{BODY}
!l 2#　阿布妈妈：已取，质量不错，圆头的确实放心
!l 3#　小鱼儿：团长辛苦，下次团研磨碗吗
!a 签到领积分，积分可兑换亓溪生活网周边
!m 亓溪生活网　客服热线：0571-64200088
""",
        body="""
各位宝妈，上周团购的不锈钢辅食剪今天到货了，一共86把，已经分到各小区的取货点。取货前说几件事：
一是当面验货。拿到后看一下刀刃有没有锈点，开合几次试试是否顺滑，有问题当场找我换。
⟦w 亓溪母婴小铺，团购接龙找店长，微信 qxmy_666⟧
二是第一次用之前先消毒。用开水烫一遍，或者放进蒸锅蒸五分钟，别直接拿来剪食物。
三是单独收纳。这把剪刀只给宝宝剪辅食，和家里剪鱼剪肉的剪刀分开放。
取货时间到本周日晚上8点，过时的请自己到城关店取，取货联系电话：133 5710 2286（微信同号）。
""",
    ),
    dict(
        slug="download-baitong-rules-end-cap-install-gb2312",
        site="百通资料站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.baitongzl.com/soft/wuye/8810.html",
        title="晾衣杆堵头安装作业规程",
        record_title="晾衣杆堵头安装作业规程（物业工程部适用）下载_百通资料站",
        date=None,
        notes="old gb2312 table layout: file-info table (size, format, update stamp), three mirror links, a "
        "dead-link report, an unzip password, a floating ghost-writer ad; a rule with 第N条 articles that speak "
        "of 打印 and 扫码 as content; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>晾衣杆堵头安装作业规程（物业工程部适用）下载_百通资料站</title>
</head><body>
<table width="950" align="center"><tr><td>⟦m 百通资料站 — 物业管理资料大全⟧</td><td align="right">⟦a 资料上传 | 会员中心⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 当前位置：首页 → 物业资料 → 工程维修 → 作业规程⟧</td></tr></table>
<table width="950" align="center" border="1" cellspacing="0">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：46 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2024-07-30⟧</td><td>⟦m 下载次数：1316⟧</td></tr>
<tr><td colspan="2">⟦m 资料简介：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址：电信下载一　联通下载二　备用下载三⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.baitongzl.com⟧　⟦a 【资料无法下载？点此报告】⟧</td></tr>
</table>
<div style="position:absolute;left:4px;top:260px">⟦w 物业方案代编，QQ 3093316521⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 百通资料站资料均来源于网络，仅供学习研究⟧<br>⟦m 百通资料站 版权所有 粤ICP备09044183号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为规范住宅小区阳台晾衣杆堵头的安装和更换作业，防止堵头脱落造成高空坠物，制定本规程。
第二条　作业前，维修人员应核对晾衣杆管径，选用与管口内径相符的橡胶或加厚塑料堵头，严禁用胶带、布条代替堵头。
第三条　五层以上住户的外挑晾衣杆作业，作业人员应系好安全带，工具系绳防坠，楼下设置警戒区域。
第四条　堵头安装后应逐一用手拉拽检查，拉不动为合格，并请住户签字确认。
第五条　作业完成后，维修人员应扫描楼栋维修二维码登记，班组长每周打印一次维修台账，交工程部存档。
第六条　本规程由物业工程部负责解释，自印发之日起执行。
""",
    ),
    dict(
        slug="download-tuyu-rules-pacifier-management-wps",
        site="托育资料库 (invented, download station)",
        style="资料下载站",
        genre="管理制度",
        kind="other",
        form="text",
        source="https://www.tuyuziliao.com/down/zhidu/4127.html",
        title="托育园安抚奶嘴管理制度",
        record_title="托育园安抚奶嘴管理制度.wps",
        date=None,
        notes="file-name title (.wps); download station as text: file info, mirror links, a points prompt, "
        "an unzip tip; a rule with 第N条 articles; no date",
        page="""
!m 托育资料库 · 托育人的资料仓库
!m 首页 » 制度汇编 » 卫生保健
!t 托育园安抚奶嘴管理制度.wps
!m 文件大小：18KB　｜　格式：WPS　｜　授权：免费　｜　更新：3 天前
!a ▼ 高速下载（需登录）　▼ 普通下载
{BODY}
!a 提示：WPS文件请用WPS Office或新版Word打开
!l 同类资料：托育园餐具消毒制度 ｜ 婴幼儿午睡管理制度
!d 资料由用户分享，如涉及版权问题请联系我们删除
""",
        body="""
第一条　为规范托育园婴幼儿安抚奶嘴的使用和管理，保障婴幼儿健康安全，制定本制度。
第二条　安抚奶嘴由家长自备，入园时交保育员，贴上写有幼儿姓名的标签，一人一个，不得混用。
第三条　保育员每天早晚检查奶嘴，发现裂口、变黏、变色的，及时通知家长更换。
第四条　奶嘴每天集中清洗消毒一次，存放在带盖的专用收纳盒内，收纳盒每周消毒。
第五条　禁止用绳带将奶嘴挂在婴幼儿颈部；午睡时奶嘴脱落后不再塞回口中。
第六条　满两周岁的幼儿，保育员应配合家长逐步减少奶嘴使用。
第七条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="exam-gengzhou-nursery-appraisal-carrier-ticket",
        site="庚州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.gzrsks.cn/zyjn/202406/t20240611_3382.html",
        title="2024年第二批育婴员职业技能等级认定实操考核须知",
        record_title="〔育婴员考务〕2024年第二批育婴员职业技能等级认定实操考核须知_庚州人事考试网",
        date="2024-06-07",
        date_also=["2024-06-11"],
        notes="personnel-exam site: maintenance banner, an admission-ticket float; the exam centre's own "
        "咨询电话 beside the site's technical line; sentences telling candidates to 下载 and 打印 准考证; a "
        "timetable; 成文日期 under the signature, the page date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〔育婴员考务〕2024年第二批育婴员职业技能等级认定实操考核须知_庚州人事考试网</title>
</head><body>
<div class="notice-bar">⟦m 系统维护公告：6月15日22:00至次日6:00报名系统暂停服务⟧</div>
<div class="hd">⟦m 庚州人事考试网⟧ ⟦m 庚州市人事考试中心主办⟧</div>
<div class="nav">⟦m 首页 ｜ 公务员考试 ｜ 事业单位 ｜ 职业技能 ｜ 成绩查询⟧</div>
<div class="loc">⟦m 首页 / 职业技能 / 考务通知⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 发布时间：2024-06-11　作者：鉴定科⟧</div>
<div class="zoom">⟦a 【大 中 小】⟧</div>
<div class="main">
{BODY}
</div>
<div class="float">⟦a 准考证打印入口⟧</div>
<div class="ft">⟦m 主办：庚州市人事考试中心　技术支持电话：0728-3286600（仅限系统故障）⟧<br>⟦m 鄂ICP备11008351号-2⟧</div>
</body></html>
""",
        body="""
各位考生：
2024年第二批育婴员（四级）职业技能等级认定实操考核定于6月22日至23日举行。现将有关事项告知如下。
一、准考证。考生请于6月18日起登录本网站下载并打印准考证，考试时凭准考证和身份证入场。
二、考核时间安排：
日期　场次　考核内容
6月22日　上午　生活照料（含婴儿背带穿戴）
6月22日　下午　保健与护理
6月23日　上午　早期发展指导
三、考核说明。生活照料模块中，考生须使用考场提供的仿真娃娃和婴儿背带完成穿戴操作，重点考核头颈支撑、腿部姿势和卡扣检查。
四、咨询方式。考务咨询电话：0728-3286031（工作日）。
庚州市人事考试中心
2024年6月7日
""",
    ),
    dict(
        slug="exam-tianchuan-caregiver-recruit-food-scissors",
        site="阗川县人事考试中心 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.tianchuan.gov.cn/gg/2024/1105/703.html",
        title="阗川县公办托育机构2024年公开招聘保育员实操考核公告",
        record_title="【招录速递】阗川县公办托育机构2024年公开招聘保育员实操考核公告（附实操评分表·保育岗）",
        date="2024-11-05",
        notes="exam site as text: an 'add to calendar' and a WeChat-group prompt; the centre's own 咨询电话 beside "
        "the site's webmaster line; scoring points as a numbered list; 成文日期 under the signature",
        page="""
!m 阗川县人事考试中心
!m 首页 » 招考公告 » 事业单位
!t 【招录速递】阗川县公办托育机构2024年公开招聘保育员实操考核公告（附实操评分表·保育岗）
!m 点击数：2230　｜　更新于 2 天前
{BODY}
!a 📅 加入日历提醒　｜　⭐ 收藏公告
!w 考生交流群已满，新群请加助手微信 tcks_zhushou
!m 网站维护：阗川县人事考试中心信息科　0726-5520199
""",
        body="""
根据招聘工作安排，现将阗川县公办托育机构2024年公开招聘保育员实操考核有关事项公告如下。
一、考核时间地点。11月16日上午8:30，阗川县托育综合服务中心二楼实训室。
二、考核内容。考生现场为一名10月龄婴儿（仿真模型）准备一份午餐辅食，时间20分钟。
三、评分要点：
1.工具消毒。辅食剪、研磨碗使用前按要求消毒。
2.操作规范。用辅食剪将面条、青菜剪成适合月龄的长度，刀具不离手、不放在婴儿可触及处。
3.卫生习惯。操作前洗手，生熟分开。
四、考生须携带身份证和笔试准考证，未按时到达的视为放弃。咨询电话：0726-5520136。
阗川县人力资源和社会保障局
2024年11月5日
""",
    ),
    dict(
        slug="tender-guyang-award-door-sensor-lots-ca-line",
        site="沽阳县公共资源交易网 (invented, tender portal)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.guyang.gov.cn/jyxx/zfcg/zbgg/202405/t20240520_51766.html",
        title="沽阳县民政局独居老人智能门磁采购项目中标结果公告",
        record_title="沽阳县民政局独居老人智能门磁采购项目中标结果公告 - 结果公示 - 沽阳县公共资源交易网",
        date="2024-05-20",
        notes="tender portal: a countdown, a 'subscribe' button, CA and trading-system lines beside the purchaser's "
        "and agency's own contacts; a bid-result table; 公告日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>沽阳县民政局独居老人智能门磁采购项目中标结果公告 - 结果公示 - 沽阳县公共资源交易网</title>
</head><body>
<div class="top">⟦m 沽阳县公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a CA办理⟧</div>
<div class="nav">⟦m 首页 › 交易信息 › 政府采购 › 结果公示⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 信息来源：县公共资源交易中心　浏览次数：288⟧</div>
<div class="count">⟦m 公示期剩余：0天⟧ ⟦a 订阅此类公告⟧</div>
<div class="detail">
{BODY}
</div>
<div class="foot">⟦m CA证书服务热线：400-6628-107　交易系统技术支持：0553-7255660⟧<br>⟦m 沽阳县公共资源交易中心　皖ICP备16018329号⟧</div>
</body></html>
""",
        body="""
一、项目编号：GYZC-2024-0137
二、项目名称：沽阳县民政局独居老人智能门磁采购项目
三、中标信息：
包号　中标单位　中标金额（元）
第1包　庚州守门人安防科技有限公司　286400
第2包　郸水县安居智能设备有限公司　97800
四、主要标的信息：智能门磁及网关1150套，紧急呼叫按钮1150个，安装调试及三年运维服务。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：沽阳县民政局，联系人：钟女士，电话：0553-7261028。
代理机构：庚州衡远项目管理有限公司，联系人：韦工，电话：0728-3367715。
沽阳县民政局
2024年5月20日
""",
    ),
    dict(
        slug="tender-gengzhou-vocational-inquiry-end-caps-download",
        site="庚州职业技术学院采购与招标网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zb.gzvtc.edu.cn/xjgg/2024/0318/615.html",
        title="学生公寓晾衣杆堵头更换询价公告",
        record_title="【后勤询价·公寓维修】学生公寓晾衣杆堵头更换询价公告｜庚州职院采招网",
        date="2024-03-18",
        notes="college tender page as text: an items table, a sentence telling suppliers to 下载 the inquiry "
        "file, the purchaser's own contact beside the platform's service line; 公告日期 under the signature",
        page="""
!m 庚州职业技术学院采购与招标网
!m 首页 > 询价公告
!t 【后勤询价·公寓维修】学生公寓晾衣杆堵头更换询价公告｜庚州职院采招网
!m 发布人：采购中心　｜　浏览：156
{BODY}
!a 附件：询价文件.docx（点击下载）
!l 上一条：图书馆空调维保服务询价公告
!m 平台服务电话：0728-3105000　地址：庚州市戈坪大道1号
""",
        body="""
我校拟对北区学生公寓晾衣杆堵头进行更换，欢迎符合条件的供应商参加报价。
一、询价内容：
品名　规格　数量
加厚橡胶堵头　内径22毫米　1600个
加厚橡胶堵头　内径25毫米　640个
二、供应商资格：具有独立法人资格，近三年无重大违法记录。
三、报价要求：请供应商下载本页附件中的询价文件，填写报价单并加盖公章，于3月25日17:00前密封送至行政楼207室。
四、联系人：后勤管理处　邬老师，电话：0728-3105562。
庚州职业技术学院采购中心
2024年3月18日
""",
    ),
    dict(
        slug="law-hengfa-case-falling-end-cap-consult-float",
        site="衡砝律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengfalaw.com/anli/qinquan/2024/662.html",
        title="楼上晾衣杆堵头坠落砸伤路人，责任谁来担？",
        record_title="案例评析 › 楼上晾衣杆堵头坠落砸伤路人，责任谁来担？｜衡砝律师事务所",
        date=None,
        notes="law firm page: lawyer card, consult float, 400 line, a repost notice and a '本文链接' block; a case "
        "note with no date (a year inside a sentence is no date); a consult prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>案例评析 › 楼上晾衣杆堵头坠落砸伤路人，责任谁来担？｜衡砝律师事务所</title>
</head><body>
<div class="hd">⟦m 衡砝律师事务所⟧ ⟦m 全国咨询热线 400-883-1566⟧</div>
<div class="nav">⟦m 首页 ｜ 律所简介 ｜ 律师团队 ｜ 案例评析 ｜ 联系我们⟧</div>
<h1>{T}</h1>
<div class="lawyer">⟦m 撰稿：薛明澜 律师（侵权责任团队）⟧</div>
<div class="article">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.hengfalaw.com/anli/qinquan/2024/662.html⟧</div>
<div class="repost">⟦d 本文为衡砝原创，转载须注明出处及作者⟧</div>
<div class="float">⟦w 在线咨询 · 律师十分钟内回复⟧</div>
<div class="ft">⟦m 衡砝律师事务所　地址：庚州市囤山区金融街9号⟧</div>
</body></html>
""",
        body="""
【基本案情】2023年夏天，路人范某经过某小区6栋楼下时，被从高处坠落的晾衣杆堵头砸中额头，缝合4针。因无法确定堵头从哪一户掉落，范某将可能加害的12户业主和物业公司一并诉至法院。
【裁判结果】法院经审理认为，物业公司未对外挑晾衣杆等设施采取必要的安全保障措施，应承担相应的补充责任；在查明具体侵权人前，由可能加害的建筑物使用人给予补偿。⟦w 类似纠纷可点右侧咨询衡砝律师⟧
【律师评析】民法典对高空抛物、坠物作了明确规定。小小的堵头看似不起眼，一旦从高处坠落，就可能造成严重后果。建议业主定期检查晾衣杆堵头是否牢固，物业公司也应把外挑设施纳入日常巡查，发现隐患及时书面提醒业主整改。
""",
    ),
    dict(
        slug="law-mingche-letter-carrier-buckle-injury",
        site="沽阳明澈律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.mingchelaw.cn/wenshu/lvshihan/118.html",
        title="关于婴儿背带卡扣断裂致婴儿摔伤事宜的律师函",
        record_title="【维权文书·律师函】关于婴儿背带卡扣断裂致婴儿摔伤事宜的律师函 - 明澈律所",
        date="2024-07-09",
        notes="law firm as text: the letter's own 联系电话 beside the firm's 400 consult line; a free-consult "
        "line between paragraphs; 成文日期 under the signature; a '本文仅供参考' notice",
        page="""
!m 沽阳明澈律师事务所　｜　专注消费维权十五年
!m 首页 ＞ 法律文书 ＞ 律师函
!t 【维权文书·律师函】关于婴儿背带卡扣断裂致婴儿摔伤事宜的律师函
!m 发布：明澈律所文书部　浏览：512
{BODY}
!d 本文书已隐去当事人信息，仅供参考，不构成法律意见
!w 消费维权免费咨询：400-870-1299（明澈律所）
!m 地址：沽阳县城南路58号财富大厦7楼
""",
        body="""
××母婴用品店：
沽阳明澈律师事务所接受郭女士的委托，就其在贵店购买的婴儿背带卡扣断裂致婴儿摔伤一事，致函如下：
2024年6月2日，郭女士在贵店购买婴儿背带一条。6月20日，郭女士按说明书正确使用该背带时，腰部卡扣突然断裂，导致其8个月大的孩子从背带中滑落摔伤，经医院诊断为头皮血肿。
⟦w 遇到产品质量纠纷？点这里一对一免费咨询⟧
经查，该背带未标注执行标准和生产厂家，属于不符合安全要求的产品。请贵店在收到本函之日起七日内与委托人协商赔偿事宜。
本律师联系电话：0553-7268815。
沽阳明澈律师事务所
律师：庞一鸣
2024年7月9日
""",
    ),
]
