"""holdout194, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站, 社区网站 (one HTML, one text each).

Invented text, sites, places and people. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-chaoyang-leash-complaint-jammer",
        site="耖阳论坛 (invented county forum, Discuz-like)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.chaoyang0745.com/thread-381204-1-1.html",
        title="小区里不拴绳遛狗的，能不能管一管？",
        record_title="[民生建议] 小区里不拴绳遛狗的，能不能管一管？ - 民生直通车 - 耖阳论坛",
        date=None,
        notes="county forum with a weather line, jammer fonts, an 'official reply' link and a poster's medal row; a post is no dated document",
        page="""
<html><head><meta charset="gbk"><title>[民生建议] 小区里不拴绳遛狗的，能不能管一管？ - 民生直通车 - 耖阳论坛</title>
<style>.jm{display:none}</style></head><body>
<div class="top">⟦m 耖阳论坛 · 耖阳人自己的网上家园⟧ ⟦m 耖阳 今天 多云 14~23℃⟧ ⟦a 登录 注册⟧</div>
<div class="pt">⟦m 耖阳论坛 › 民生直通车 › 帖子详情⟧</div>
<h1><span>⟦m [民生建议]⟧</span> {T}</h1>
<div class="stat">⟦m 查看 9527 回复 86⟧</div>
<div class="author">⟦m 滨河小区老住户⟧ ⟦m 勋章：热心网友 · 论坛元老⟧</div>
<div class="posttime">⟦m 发表于 2025-5-11 07:52⟧</div>
<div class="msg">
{BODY}
</div>
<div class="gov">⟦l 【官方回复】已转县城管局办理，点击查看办理进度⟧</div>
<div class="bar">⟦a 支持(214)　反对(3)　收藏　分享⟧</div>
<div class="floor">⟦l 2# 柳岸：同感，我家孩子也被吓到过⟧</div>
<div class="floor">⟦l 3# 养狗的不都这样：我家狗很乖，从来不咬人⟧</div>
<div class="floor">⟦l 4# 滨河小区老住户：回复 3#：再乖也要拴绳⟧</div>
<div class="ft">⟦m 耖阳论坛 湘ICP备13009412号　广告合作QQ：30218776⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我住滨河小区十几年了，最近两年养狗的邻居越来越多，这本来没什么，可不拴绳遛狗的也越来越多。
上周六早上，我孙子在楼下骑滑板车，一只没拴绳的大狗突然冲过来，孩子吓得摔倒，膝盖磕破了。狗主人在后面慢悠悠地说“它不咬人”，连句道歉都没有。
小区门口的宣传栏明明贴着“遛狗必须拴绳”，可没人当回事。跟物业反映，物业说他们没有执法权，只能劝。
想问问相关部门：不拴绳遛狗到底归谁管？能不能在早晚遛狗高峰时段到小区里巡查几次？也希望养狗的邻居们自觉一点，出门拴好绳，大家都安心。
""",
    ),
    dict(
        slug="localforum-boujiang-powerstrip-rental-help-junk",
        site="瓿江生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.boujianglife.com/forum.php?mod=viewthread&tid=90417",
        title="出租屋排插冒烟，房东说是我用坏的，该谁赔？",
        record_title="[求助] 出租屋排插冒烟，房东说是我用坏的，该谁赔？_瓿江生活网论坛",
        date=None,
        notes="county forum text: junk lines and glued runs; the poster's own contact in the body beside the forum's ad QQ; relative time 2 小时前 is no date",
        page="""
!m 瓿江生活网论坛 — 瓿江人的生活圈
!m 论坛首页 › 房产租房 › 租房求助
!t [求助] 出租屋排插冒烟，房东说是我用坏的，该谁赔？
!m 发帖人：小鱼干不咸　　2 小时前　　查看 611　　回复 19
{BODY}
!l 沙发　瓿江老律：排插是房东配的，先拍照留证据
!l 板凳　租客联盟：可以找社区调解，一般都能谈
!w 瓿江搬家保洁一条龙，电话微信同号 139 0716 8842
!a 登录后可查看全部回复　|　立即注册
!m 广告合作QQ：2209917365　瓿江生活网 版权所有
""",
        junk=dict(lines=2, glued=2),
        body="""
租的房子在江滨路，入住时房东配了一个五孔排插。昨天晚上我用它插电热水壶，没几分钟排插就冒烟，插孔边上都烧黑了，幸好发现得早，只烧坏了排插和水壶。
今天跟房东说，他非说是我烧水功率太大用坏的，让我赔排插，还说要扣押金。
我查了一下，那个排插没有3C标志，也没有厂名，额定功率只写了1000瓦，我的水壶是1500瓦的，这个我承认没注意。
想问问有经验的朋友，这种情况该谁赔？有相同经历的可以私信我，或者打我电话153 0716 2290，谢谢大家。
""",
    ),
    dict(
        slug="download-gongju-screwdriver-sop-gb2312-fileinfo",
        site="工具资料下载站 (invented, old gb2312 file-info layout)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="html",
        source="http://www.gjzl-down.com/soft/2025/31872.html",
        title="螺丝刀装配作业指导书",
        record_title="螺丝刀装配作业指导书.doc",
        date=None,
        notes="file-name record title (.doc); old table layout with a file-info table, three download links, an unzip password and a dead-link report; decimal headings 1.1/2.1; an instruction with only a version line has no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>螺丝刀装配作业指导书.doc 免费下载 - 工具资料下载站</title></head>
<body>
<table width="900" align="center"><tr><td>⟦m 工具资料下载站　gjzl-down.com⟧</td><td align="right">⟦a 收藏本资料站⟧ ⟦a 设为浏览器首页⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 机械资料 | 作业指导 | 质量管理 | 安全生产 | 图纸下载⟧</td></tr></table>
<table width="900" align="center" class="info">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：45 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-29⟧</td><td>⟦m 下载次数：1,204⟧</td></tr>
<tr><td>⟦m 运行环境：Word 2003 及以上⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
</table>
<table width="900" align="center"><tr><td class="intro">⟦m 资料简介：⟧</td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="900" align="center" class="down"><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 备用下载三⟧</td></tr>
<tr><td colspan="3">⟦a 解压密码：www.gjzl-down.com⟧</td></tr>
<tr><td colspan="3">⟦a 下载地址失效？点此报告错误⟧</td></tr></table>
<table width="900" align="center"><tr><td>⟦d 本站资料均来自网络，仅供学习交流，下载后请于24小时内删除。⟧<br>⟦m Copyright 2011-2025 工具资料下载站　苏ICP备11052307号⟧</td></tr></table>
</body></html>
""",
        body="""
文件编号：ZY-ZP-012　版本：A/0
1. 目的
1.1 规范螺丝刀手柄与刀杆的装配操作，保证装配牢固、刀杆同轴。
2. 操作步骤
2.1 检查刀杆批头有无崩口、锈蚀，不合格品放入红色周转箱。
2.2 将刀杆插入压装工装定位孔，手柄放入上模，双手同时按下启动按钮完成压装。
2.3 每压装50支，用扭力测试仪抽检1支，手柄与刀杆不得相对转动。
3. 注意事项
3.1 严禁单手操作压装机，严禁将手伸入上下模之间。
3.2 压装机出现异响、漏油时立即停机，报班长处理。
""",
    ),
    dict(
        slug="download-ziliaoku-pillbox-standard-pdf-markers",
        site="资料库下载网 (invented)",
        style="资料下载站",
        genre="编制说明",
        kind="report",
        form="text",
        source="https://www.ziliaoku-down.cn/d/2025/0903/118530.html",
        title="《老年人用分药盒》团体标准编制说明",
        record_title="《老年人用分药盒》团体标准编制说明.pdf",
        date="2025-08-18",
        notes="file-name record title (.pdf); cut by ⚬第n页⚬ markers on lines of their own; decimal headings 1.1/2.1; a points prompt and a mirror list; the 编制组's date under the signature",
        page="""
!m 资料库下载网 — 专业资料免费下
!m 首页 > 标准规范 > 团体标准
!t 《老年人用分药盒》团体标准编制说明.pdf
!m 大小：286KB　　类型：PDF　　更新：2025-09-03　　下载：57
!a 〖本地下载〗〖网盘下载〗〖迅雷下载〗
{BODY}
!a 如果下载链接失效，请在下方留言，管理员会及时补链
!d 本站所有资料仅供学习研究，请于下载后24小时内删除；如有侵权，请联系 admin@ziliaoku-down.cn
!l 相关资料：药品包装用聚丙烯瓶标准.pdf　｜　老年人用品通用技术要求.pdf
""",
        pages=dict(fmt="⚬第{n}页⚬", every=100, start=2),
        body="""
1. 工作简况
1.1 任务来源。本标准由鼐州市老年用品行业协会提出并归口，列入协会2025年团体标准制定计划。
1.2 起草过程。2025年4月成立起草组，走访了3家分药盒生产企业和6家养老机构，收集老年用户意见200余条，形成征求意见稿。
2. 主要技术内容
2.1 格数与标识。分药盒每格应有清晰的星期和早、中、晚标识，字高不小于5毫米，便于视力下降的老人识别。
2.2 开合力。单格盒盖开启力应在3牛至8牛之间，既防止误开，又便于手部力量较弱的老人打开。
2.3 材料。与药品接触部分应采用食品接触用聚丙烯等材料，不得使用回收料。
标准起草组
2025年8月18日
""",
    ),
    dict(
        slug="exam-leicheng-rescue-interview-timetable",
        site="罍城县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.lcrsks.gov.cn/ggl/2025/0612/1402.html",
        title="罍城县2025年公开招聘水上应急救援队员面试公告",
        record_title="〔面试通知·水上岗位〕罍城县2025年公开招聘水上应急救援队员面试公告_罍城县人事考试网",
        date="2025-06-10",
        date_also=["2025-06-12"],
        notes="personnel-exam site with a maintenance banner; an interview timetable one row a paragraph; sentences about printing the 面试通知书 and bringing a life jacket stay; the committee's 咨询电话 beside the site's technical line; 发布时间 differs from the signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔面试通知·水上岗位〕罍城县2025年公开招聘水上应急救援队员面试公告_罍城县人事考试网</title></head>
<body>
<div class="notice-bar">⟦d 系统维护通知：本网站将于6月15日22:00至次日6:00暂停服务，请考生合理安排时间。⟧</div>
<div class="head">⟦m 罍城县人事考试网⟧ ⟦a 考生登录⟧ ⟦a 准考证打印入口⟧</div>
<div class="nav">⟦m 首页　考试公告　成绩查询　政策法规　考生服务⟧</div>
<div class="loc">⟦m 当前位置：首页 - 考试公告⟧</div>
<h2 class="t">{T}</h2>
<div class="i">⟦m 发布时间：2025-06-12 09:00　来源：县人社局　浏览次数：3,671⟧</div>
<div class="c">
{BODY}
</div>
<div class="p">⟦a 打印本页⟧ ⟦a 关闭⟧</div>
<div class="f">⟦m 主办：罍城县人力资源和社会保障局⟧<br>⟦m 网站技术支持电话：0728-3319800（仅解答网站技术问题）⟧<br>⟦m 鄂ICP备17041226号⟧</div>
</body></html>
""",
        body="""
根据《罍城县2025年公开招聘水上应急救援队员公告》，现将面试有关事项公告如下：
一、面试时间及安排
日期　时段　岗位　人数
6月21日　上午8:30　救援队员（一）　18人
6月21日　下午14:00　救援队员（二）　16人
二、面试内容
面试分结构化面试和水上技能测试两部分。水上技能测试包括200米自由泳、穿戴救生衣入水和抛投救生圈，考生须自带泳衣，救生衣由考点统一提供。
三、其他事项
考生于6月18日起登录本网站打印面试通知书，面试当天凭面试通知书和身份证原件参加面试。
咨询电话：0728-3318625（县人社局事业单位人事管理股）
罍城县人力资源和社会保障局
2025年6月10日
""",
    ),
    dict(
        slug="exam-naizhou-electrician-practical-screwdriver",
        site="鼐州市职业技能鉴定网 (invented)",
        style="人事考试网",
        genre="须知",
        kind="notice",
        form="text",
        source="http://www.nzjnjd.cn/tzgg/20251020/2217.html",
        title="2025年第四季度电工职业技能等级认定实操考试考生须知",
        record_title="2025年第四季度电工职业技能等级认定实操考试考生须知 - 鼐州市职业技能鉴定网",
        date="2025-10-20",
        notes="exam site text: a maintenance banner and a login prompt at the top; a numbered list; the body's sentences about printing the 准考证 and bringing insulated screwdrivers stay; date under the signature",
        page="""
!d 【系统公告】10月25日凌晨0:00—4:00系统升级，期间暂停准考证打印服务
!m 鼐州市职业技能鉴定网
!a 考生登录　|　机构登录　|　证书查询
!m 首页 > 通知公告
{T}
!m 发布者：鉴定中心　　发布于：2025-10-20　　阅读：2,115
{BODY}
!l 相关链接：电工（四级）理论知识复习题　｜　职业技能等级证书查询
!m 鼐州市职业技能鉴定指导中心　地址：鼐州市建设路99号
!m 技术支持：0597-3325550
""",
        body="""
各位考生：
2025年第四季度电工职业技能等级认定实操考试将于11月8日至9日在市技师学院实训楼举行。为保证考试顺利进行，现将有关事项告知如下：
1. 考生须于考前三天登录本网站打印准考证，凭准考证和身份证进入考场。
2. 考生须自带绝缘手柄螺丝刀（一字、十字各一把）、剥线钳、电工刀，工具手柄须完好无破损；其他仪表由考点统一提供。
3. 考生须穿绝缘鞋、长袖工作服，不得佩戴手表、戒指等金属饰品进入实操区。
4. 考试过程中出现违规带电作业的，立即终止考试，成绩按不合格处理。
鼐州市职业技能鉴定指导中心
2025年10月20日
""",
    ),
    dict(
        slug="tender-boujiang-lifejacket-procurement-lots",
        site="瓿江县公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.boujiang.gov.cn/jyxx/zfcg/cggg/20250408/008812.html",
        title="瓿江县渡口及水上巡查救生衣采购项目公开招标公告",
        record_title="瓿江县渡口及水上巡查救生衣采购项目公开招标公告",
        record_date="2025-04-08",
        date="2025-04-08",
        notes="title and date from the record; tender portal with a countdown, CA and trading-system lines; lots as a table one row a paragraph; purchaser and agency contacts in the body; a sentence about downloading the tender file stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>瓿江县渡口及水上巡查救生衣采购项目公开招标公告 - 瓿江县公共资源交易网</title></head>
<body>
<div class="hd">⟦m 瓿江县公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a 专家登录⟧</div>
<div class="nv">⟦m 首页　交易信息　政策法规　服务指南　下载中心⟧</div>
<div class="lc">⟦m 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h3>{T}</h3>
<div class="inf">⟦m 信息来源：县政府采购中心　发布时间：2025-04-08　阅读次数：286⟧</div>
<div class="cd">⟦m 距投标截止还有：20天 06时 14分⟧</div>
<div class="ct">
{BODY}
</div>
<div class="ops">⟦a 【我要投标】　【打印】　【关闭】⟧</div>
<div class="ft">⟦m CA证书办理及驱动咨询：400-660-7128⟧<br>⟦m 交易系统技术支持：0716-3210557⟧<br>⟦m 瓿江县公共资源交易中心　赣ICP备16003318号⟧</div>
</body></html>
""",
        body="""
瓿江县政府采购中心受瓿江县交通运输局委托，就渡口及水上巡查救生衣采购项目进行公开招标，欢迎合格的供应商参加投标。
一、项目编号：BJCG-2025-0417
二、采购内容
包号　名称　数量　最高限价（万元）
1　成人固有浮力式救生衣　1200件　14.4
2　儿童救生衣　300件　3.3
3　自动充气式救生衣　80件　3.2
三、获取招标文件
供应商于2025年4月9日至4月15日登录交易网下载招标文件，不接受现场领取。
四、投标截止时间：2025年4月29日9时30分
五、联系方式
采购人：瓿江县交通运输局　联系人：冯海　电话：0716-3208813
采购代理：瓿江县政府采购中心　联系人：左晴　电话：0716-3210460
""",
    ),
    dict(
        slug="tender-gepu-powerstrip-classroom-bid-result",
        site="鬲浦县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://zfcg.gepu.gov.cn/cgxx/zbgg/2025-08-06/44107.html",
        title="鬲浦县中小学教室插线板更换项目中标结果公告",
        record_title="〔中标公告〕鬲浦县中小学教室插线板更换项目中标结果公告 - 鬲浦县政府采购网",
        date="2025-08-06",
        notes="procurement text page: bid result as a table one row a paragraph; the supervisor's complaint line in the body; a CA hotline and a 'sign up for alerts' prompt in the chrome; the 公告日期 line at the end of the document",
        page="""
!m 鬲浦县政府采购网
!a 供应商注册　|　采购人登录　|　订阅采购信息
!m 首页 » 采购信息 » 中标公告
{T}
!m 浏览次数：158　　【文字：放大 默认 缩小】
{BODY}
!a 【打印该公告】【关闭】
!m 数字证书（CA）服务热线：400-880-6611
!m 鬲浦县财政局主办　粤ICP备09044120号
""",
        body="""
一、项目编号：GPCG-2025-063
二、项目名称：鬲浦县中小学教室插线板更换项目
三、中标结果
包号　中标供应商　中标金额（元）
1　鬲浦县恒通电器有限公司　186,400
2　鼐州市安佳电工器材有限公司　142,750
四、主要标的：带过载保护的安全插线板4,620个，含安装及三年质保。
五、公告期限：自本公告发布之日起1个工作日。
六、凡对本次公告内容提出询问，请与采购人鬲浦县教育局联系，联系人：童老师，电话：0766-5513027。
公告日期：2025年8月6日
""",
    ),
    dict(
        slug="lawfirm-hengzheng-leash-liability-float",
        site="恒正律师事务所 (invented)",
        style="律所网站",
        genre="法律文章",
        kind="other",
        form="html",
        source="https://www.hengzhenglaw.cn/article/2025/0612/551.html",
        title="遛狗未拴绳致人受伤，狗主人要担哪些责任？",
        record_title="以案释法丨遛狗未拴绳致人受伤，狗主人要担哪些责任？-恒正律师事务所",
        date="2025-06-12",
        notes="law-firm site with a consult float and a 400 line; 发布日期 as the date; a 'free consultation' line glued after a 。; a 本文标题/本文链接 block at the end",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>以案释法丨遛狗未拴绳致人受伤，狗主人要担哪些责任？-恒正律师事务所</title></head>
<body>
<div class="lf-top">⟦m 恒正律师事务所　专业 · 诚信 · 高效⟧ ⟦m 全国咨询热线：400-617-3388⟧</div>
<div class="lf-nav">⟦m 首页　律所简介　律师团队　业务领域　以案释法　联系我们⟧</div>
<div class="lf-loc">⟦m 您的位置：首页 &gt; 以案释法⟧</div>
<h1>⟦m 以案释法丨⟧{T}</h1>
<div class="lf-meta">⟦m 发布日期：2025-06-12　作者：王思远律师　阅读：817⟧</div>
<div class="lf-body">
{BODY}
</div>
<div class="lf-link">⟦m 本文标题：遛狗未拴绳致人受伤，狗主人要担哪些责任？⟧<br>⟦m 本文链接：https://www.hengzhenglaw.cn/article/2025/0612/551.html⟧</div>
<div class="lf-float">⟦w 在线咨询⟧ ⟦w 电话咨询⟧ ⟦w 微信：hz_lawyer66⟧</div>
<div class="lf-ft">⟦d 本站文章仅供普法参考，不构成法律意见。⟧ ⟦m 恒正律师事务所　苏ICP备19066420号⟧</div>
</body></html>
""",
        body="""
【案情】居民汪某在小区内遛狗未拴牵引绳，其犬只扑向路过的李女士，李女士躲闪时摔倒致右腕骨折。李女士起诉要求汪某赔偿医疗费、误工费等共计3.8万元。
【裁判】法院审理认为，汪某违反管理规定，未对犬只采取安全措施，致使李女士受伤。虽然犬只未直接咬伤李女士，但其扑向行为与损害结果之间存在因果关系，判决汪某承担全部赔偿责任。
【说法】根据民法典第一千二百四十六条，违反管理规定，未对动物采取安全措施造成他人损害的，动物饲养人或者管理人应当承担侵权责任。“没咬到人”不等于不担责，遛狗拴好牵引绳既是对他人负责，也是对自己负责。⟦w 类似纠纷可免费咨询，点击右侧在线咨询⟧
""",
    ),
    dict(
        slug="lawfirm-mingjian-powerstrip-fire-wrapped-60",
        site="明鉴律师事务所 (invented)",
        style="律所网站",
        genre="法律文章",
        kind="other",
        form="text",
        source="http://www.mingjianlaw.com/news/view/2187",
        title="出租房排插起火，房东和租客谁来担责？",
        record_title="律师释疑 · 出租房排插起火，房东和租客谁来担责？",
        date=None,
        notes="law-firm text page hard-wrapped at 60 columns; a numbered list; the consult line and the firm's phone in the chrome; no date (a 更新于 stamp with a relative time)",
        page="""
!m 明鉴律师事务所 · 房产与租赁法律服务
!m 首页 / 律师说法 / 房屋租赁
{T}
!m 作者：明鉴律所 蔡律师　　更新于 5 天前　　浏览 640
{BODY}
!w 遇到租赁纠纷？拨打 0716-3236600 预约律师面谈
!l 相关文章：押金不退怎么办　｜　房东可以随时进出租屋吗
!d 版权声明：本站原创文章，转载请注明出处。
""",
        wrap=60,
        body="""
近来有不少租客咨询：出租房里的排插起火，损失该由谁承担？结合办案经验，我们认为主要看以下几点：
1. 排插是谁提供的。房东随房配置的排插，属于出租人应当保证安全的设施；租客自行购买的，由租客自己负责。
2. 起火原因是什么。如果是排插本身质量问题或线路老化，房东一般应承担主要责任；如果是租客超负荷使用、私拉乱接，租客应承担相应责任。
3. 是否尽到提醒义务。房东明知排插存在问题仍未更换，或者租客发现隐患后未及时告知房东，都会影响责任划分。
建议房东和租客在合同中写明电器设施的配置和维护责任，发生火情后及时报警并保留现场照片。
""",
    ),
    dict(
        slug="community-fushan-leash-action-grid-box",
        site="罘山街道翠湖社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cuihu.fushanjd.cn/tzgg/2025/0605/668.html",
        title="关于开展文明养犬“拴绳行动”的通知",
        record_title="【社区通知】关于开展文明养犬“拴绳行动”的通知 - 翠湖社区",
        date="2025-06-05",
        notes="residents' site with a weather widget and a grid worker's box; the community's duty phone in the body beside the property's repair hotline in the chrome; the body's sentence about scanning a code to register dogs stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【社区通知】关于开展文明养犬“拴绳行动”的通知 - 翠湖社区</title></head>
<body>
<div class="c-top">⟦m 罘山街道翠湖社区⟧ ⟦m 6月6日 周五 晴 18~29℃⟧</div>
<div class="c-nav">⟦m 首页　社区公告　办事指南　邻里活动　党建园地⟧</div>
<div class="c-loc">⟦m 首页 &gt; 社区公告⟧</div>
<h2>{T}</h2>
<div class="c-meta">⟦m 发布人：翠湖社区居委会　阅读 452⟧</div>
<div class="c-body">
{BODY}
</div>
<div class="c-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　韦丽　138 0735 6617⟧</p></div>
<div class="c-wy">⟦m 物业24小时报修：0735-4453300⟧</div>
<div class="c-ft">⟦m 翠湖社区居委会　地址：翠湖路12号⟧ ⟦d 本站由社区工作站维护，信息以纸质公告为准。⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为减少犬只伤人和扰民事件，社区将于6月10日至7月10日开展文明养犬“拴绳行动”。现将有关事项通知如下：
一、每天早7:00—8:30、晚19:00—21:00，社区志愿者将在小区主干道和中心花园开展劝导，对不拴绳遛狗的居民进行提醒。
二、尚未办理犬只登记的居民，可扫描各楼栋单元门口张贴的二维码在线登记，登记后可到社区领取牵引绳一条。
三、对多次劝导仍不拴绳的，社区将报请街道综合执法队依法处理。
社区值班电话：0735-4452018
翠湖社区居民委员会
2025年6月5日
""",
    ),
    dict(
        slug="community-huangmen-pillbox-exchange-record",
        site="黉门社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.huangmensq.cn/news/show-1208.html",
        title="关于开展老年人过期药品回收暨免费领取分药盒活动的通知",
        date="2025-03-20",
        notes="title as in the record; residents' text page with a grid-worker line and the property hotline; 时间/地点 items in the body; the community's own 联系电话 in the body; date under the signature",
        page="""
!m 黉门社区服务网 — 居民身边的服务站
!m 首页 > 社区公告
{T}
!m 来源：黉门社区居委会　　浏览：279
!a 分享到微信　　打印
{BODY}
!m 您的网格员：第二网格 乔雪梅　电话 135 7766 0281
!m 物业客服热线：0735-4458800
!l 往期公告：社区春季义诊活动预告　｜　关于开展电动车充电安全检查的通知
""",
        body="""
各位居民：
为帮助老年人清理家中过期药品、规范日常用药，社区联合鼐州市第三人民医院开展老年人过期药品回收暨免费领取分药盒活动。现将有关事项通知如下：
一、时间：2025年3月25日（星期二）上午9:00—11:30
二、地点：社区党群服务中心一楼
三、内容：回收家中过期药品；药师现场讲解用药知识；65岁以上老人凭身份证免费领取七日分药盒一个，数量有限，领完为止。
四、行动不便的老人，可提前电话预约，由社区工作人员上门回收。
联系电话：0735-4451266
黉门社区居民委员会
2025年3月20日
""",
    ),
]
