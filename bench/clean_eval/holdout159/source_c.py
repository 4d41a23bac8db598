"""holdout159, part C: personal collections, Party-building, hospitals, universities, local forums, a download station. Invented text."""

CASES = [
    dict(
        slug="anthology-shixiang-plank-road-essay",
        site="石巷文存 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://shixiang-wencun.cn/juan2/074.html",
        title="在悬崖栈道上修了二十年",
        record_title="《石巷文存》卷二·第74篇｜在悬崖栈道上修了二十年",
        date="2025-03-30",
        notes="collection chapter prefix in the record title; chapter navigation; closing date at the end of the essay",
        page="""
!m 石巷文存 · 一个护路人的笔记
!m 目录 ＞ 卷二　山路
!t 《石巷文存》卷二·第74篇｜在悬崖栈道上修了二十年
{BODY}
!l ‹ 第73篇 雪后的索桥　　　第75篇 山里的学校 ›
!l 返回卷二目录
!d 文集内容为作者原创，未经同意请勿转载。
""",
        indent="\u3000\u3000",
        body="""
1998年，我进了琼岙风景区管理处，分到栈道养护班。那时的栈道还是木板铺的，一场雨下来，总有几块板子松动。
二十年里，栈道换了三次：木板换成了钢格栅，护栏加高到一米二，每隔五十米装了紧急呼叫柱。
每天清晨，我们要在游客进山前把两公里栈道走一遍，一颗螺栓一颗螺栓地敲过去。
今年春天我退休了。最后一次巡查那天，我在栈道尽头站了很久。
2025年3月30日于琼岙
""",
    ),
    dict(
        slug="anthology-yuling-feather-painting-html",
        site="羽翎集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://yulingji.net/vol3/21.html",
        title="外婆的羽毛画",
        record_title=None,
        date=None,
        notes="collection page; no record title; no date anywhere (the year in the text is not a date); chapter nav",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>羽翎集 · 卷三</title></head>
<body><header>⟦m 羽翎集⟧ <small>⟦m 写给家人的文字⟧</small></header>
<nav class="toc">⟦l 卷一 童年⟧ ⟦l 卷二 远行⟧ ⟦l 卷三 手艺⟧</nav>
<article><h2>{T}</h2>
{BODY}
</article>
<nav class="pn">⟦l 上一篇：外公的竹蜻蜓⟧ ｜ ⟦l 下一篇：母亲的搪瓷缸⟧</nav>
<footer>⟦d 本文集仅作家族纪念，请勿转载商用⟧</footer>
</body></html>
""",
        body="""
外婆年轻时在村里的羽毛画社做过工。她把鸡毛、鸭毛洗净、染色、修剪，一片一片粘成花鸟。
小时候我最喜欢看她做孔雀的尾巴，一根羽毛要剪出好几层，贴上去像真的会动。
后来画社关了，外婆只在过年时做一两幅送人。她总说，羽毛要顺着长的方向贴，人也要顺着心走。
""",
    ),
    dict(
        slug="dangjian-guangying-film-projection-speech-html",
        site="珂岭党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.kelingdj.gov.cn/llxx/2025/0701/5512.html",
        title="在全县农村电影放映员党员“七一”座谈会上的讲话",
        record_title="在全县农村电影放映员党员“七一”座谈会上的讲话",
        date="2025-06-30",
        notes="Party-building portal; speaker line and date under the title neutral; the speaker's role kept as the document gives it",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在全县农村电影放映员党员“七一”座谈会上的讲话 - 珂岭党建网</title></head>
<body><div class="banner">⟦m 珂岭党建网⟧ ⟦m 不忘初心 牢记使命⟧</div>
<div class="nav">⟦m 首页 · 党建要闻 · 理论学习 · 基层风采 · 党员教育⟧</div>
<div class="crumb">⟦m 当前位置：首页 » 理论学习 » 讲话精选⟧</div>
<div class="article"><h1>{T}</h1>
<p class="speaker">县委宣传部副部长　龙海平</p>
<p class="date">（2025年6月30日）</p>
<p class="meta">⟦m 来源：县委宣传部　编辑：吴晗⟧</p>
{BODY}
<div class="share">⟦a 分享：微信　微博　复制链接⟧</div></div>
<div class="hot"><h4>⟦l 热点推荐⟧</h4><p>⟦l 全县“红色电影进乡村”启动⟧</p><p>⟦l 基层党员冬训工作方案⟧</p></div>
<div class="foot">⟦m 中共珂岭县委组织部主办⟧　⟦m 黔ICP备13001928号⟧</div>
</body></html>
""",
        body="""
同志们：
在党的生日即将到来之际，我们请来全县23名农村电影放映员党员座谈，很有意义。
这些年，大家每月开着放映车进村，白天修设备，晚上放电影，一年放映两千多场，把党的政策和科技知识送到群众身边。
希望大家继续发挥党员作用，多放群众爱看的影片，多收集群众的意见，把小银幕办成连心桥。
县委宣传部将为每个放映队更新一套数字放映设备，解决大家的后顾之忧。
""",
    ),
    dict(
        slug="dangjian-luxian-rumble-strip-branch-summary-wrapped",
        site="路线党建 (invented text copy)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://djw.luxian-jt.com/jczz/2025/1219/882.html",
        title="交安设施养护队党支部2025年工作总结",
        record_title="【支部工作】交安设施养护队党支部2025年工作总结",
        date="2025-12-19",
        notes="hard-wrapped at 58 columns; decorated record title; 发布于 and 成文日期 the same; chrome glued after a sentence",
        page="""
!m 路线党建 — 交通集团党建工作平台
!m 基层组织 › 支部工作
!t 【支部工作】交安设施养护队党支部2025年工作总结
!m 发布于 2025-12-19　浏览 97 次
{BODY}
!a 【字体：大 中 小】　【打印文章】
!l 上一篇：收费站党支部“文明服务月”总结
!m 技术支持：集团信息中心
""",
        wrap=58,
        body="""
一年来，养护队党支部围绕“保畅通、保安全”中心任务，把支部建在养护一线，全年修复减速带、突起路标和护栏共计2.3万处。
一、党员带头攻坚。组建党员突击队3支，在暴雨后48小时内修复损毁减速带460米。⟦m （来源：养护队党支部）⟧
二、开展主题党日。每月一次到收费站、服务区开展交通安全宣传。
三、存在不足。学习形式还比较单一，明年将推行“每周一课”。
交安设施养护队党支部
2025年12月19日
""",
    ),
    dict(
        slug="hospital-anle-otitis-notice-html",
        site="安乐市妇幼保健院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.anlefy.com/news/kpjy/2025/0305/331.html",
        title="关于开展儿童中耳炎免费筛查活动的通知",
        record_title="关于开展儿童中耳炎免费筛查活动的通知-安乐市妇幼保健院",
        date="2025-03-05",
        notes="hospital page with a floating booking box; the department's 咨询电话 kept beside the hospital's 24-hour line; a 扫码预约 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展儿童中耳炎免费筛查活动的通知-安乐市妇幼保健院</title></head>
<body><div class="hd">⟦m 安乐市妇幼保健院⟧ ⟦m 二级甲等妇幼保健机构⟧ ⟦m 24小时急诊：0736-7120120⟧</div>
<div class="menu">⟦m 首页 | 医院概况 | 科室导航 | 专家介绍 | 就医指南⟧</div>
<div class="path">⟦m 首页 &gt; 新闻中心 &gt; 院内公告⟧</div>
<div class="news"><h1>{T}</h1><p>⟦m 发布者：耳鼻喉科　发布日期：2025-03-05　浏览：806⟧</p>
{BODY}
</div>
<div class="float-box">⟦a 在线预约挂号⟧ ⟦w 健康咨询 QQ：3310072894⟧ ⟦a 返回顶部⟧</div>
<div class="ft">⟦m 地址：安乐市人民南路66号⟧　⟦m 湘ICP备11008352号⟧</div>
</body></html>
""",
        body="""
为做好儿童耳健康保护，我院耳鼻喉科将于3月10日至3月14日开展儿童中耳炎免费筛查活动。
一、对象：3至12岁儿童，近期有耳痛、听力下降或反复感冒的孩子优先。
二、项目：耳镜检查、声导抗检查。
三、预约：家长可扫描院内海报上的二维码预约，每天限60名。
咨询电话：0736-7120315（耳鼻喉科门诊）。
""",
    ),
    dict(
        slug="hospital-heping-anorectal-free-clinic-text",
        site="和平县中医医院 (invented, text copy)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hpxzyy.cn/Item/Show.asp?m=1&d=2217",
        title="肛肠科“关爱久坐人群”义诊活动公告",
        record_title="肛肠科“关爱久坐人群”义诊活动公告 - 和平县中医医院",
        date="2025-05-12",
        notes="text copy of a hospital page; the department's own phone kept beside the hospital's appointment line; site name also the signature",
        page="""
!m 和平县中医医院 官方网站
!m 网站首页 > 医院动态 > 公告通知
{T}
!m 时间：2025/5/12　点击：432
{BODY}
!a 【返回】【打印】【顶部】
!m 预约挂号：0743-5216000　医院地址：和平县杏林路9号
!m 版权所有 和平县中医医院
""",
        body="""
久坐办公、长途驾驶人群是痔疮等肛肠疾病的高发人群。为此，我院肛肠科定于5月17日（周六）上午在门诊一楼大厅举办义诊活动。
届时，科室主任将现场解答肛肠疾病防治问题，并为群众免费进行肛门指检。
科室电话：0743-5216083。
和平县中医医院
2025年5月12日
""",
    ),
    dict(
        slug="university-huaxia-lab-animal-notice-oneline",
        site="华夏农林大学实验动物中心 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://labanimal.hxau.edu.cn/info/1023/2261.htm",
        title="关于2025年豚鼠饲养间暂停开放的通知",
        record_title="关于2025年豚鼠饲养间暂停开放的通知",
        date="2025-07-14",
        notes="university sub-site copy with the whole body on one line; 附件 list kept; the centre's own phone kept",
        page="""
!m 华夏农林大学实验动物中心
!m 首页 | 中心概况 | 通知公告 | 规章制度 | 下载专区
{T}
!m 发布时间：2025-07-14 16:02　发布人：中心办公室　阅读次数：288
{BODY}
!l 上一条：关于开展实验动物从业人员培训的通知
!l 下一条：2025年上半年动物实验项目审查结果
!m 版权所有 © 华夏农林大学　地址：学苑大道1号
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各学院、各课题组：
因豚鼠饲养间空调和新风系统改造，定于7月21日至8月31日暂停开放。
请相关课题组合理安排实验，已在饲养间的动物将统一转移至备用饲养室。
附件：豚鼠转移登记表
联系电话：0591-83760452（中心办公室）。
实验动物中心
2025年7月14日
""",
    ),
    dict(
        slug="university-donghai-tempeh-lecture-html",
        site="东海大学食品学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://food.donghai.edu.cn/xwdt/2025/1118/c3321a81207/page.htm",
        title="食品学院举办“天贝与豆类发酵”学术讲座",
        record_title="食品学院举办“天贝与豆类发酵”学术讲座",
        record_date="2025-11-18",
        date="2025-11-18",
        notes="university news; photographer and editor lines at the end; 审核 line glued",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>食品学院举办“天贝与豆类发酵”学术讲座</title></head>
<body><div class="head">⟦m 东海大学食品学院⟧ <a>⟦a 学校主页⟧</a> <a>⟦a English⟧</a></div>
<div class="nav">⟦m 学院概况 · 师资队伍 · 人才培养 · 科学研究 · 学院新闻⟧</div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 作者：赵明月　发布时间：2025-11-18　浏览次数：351⟧</div>
{BODY}
</div>
<div class="foot">⟦m 东海大学食品学院 版权所有　地址：临港校区食品楼⟧</div>
</body></html>
""",
        body="""
11月17日下午，食品学院邀请琼州农业科学院研究员林嘉禾作题为“天贝与豆类发酵”的学术讲座，学院师生80余人参加。
林嘉禾介绍了天贝的起源、根霉菌发酵的工艺要点，以及天贝在植物蛋白食品开发中的应用前景。
讲座结束后，师生们参观了学院发酵实验室，品尝了用本地黄豆试制的天贝。⟦m （摄影：钟岚　审核：陈卓）⟧
""",
    ),
    dict(
        slug="localforum-yuanqiao-cockfight-report-text",
        site="源桥在线论坛 (invented local forum)",
        style="地方论坛",
        genre="举报帖",
        kind="other",
        form="text",
        source="http://bbs.yuanqiao.net/thread-40917-1-1.html",
        title="南岭村后山每到周末有人聚众斗鸡赌博，希望有关部门管管",
        record_title=None,
        date=None,
        notes="no record title; local forum post with an official reply quoted as a floor; relative times only; junk lines",
        page="""
!m 源桥在线 › 民生爆料 › 查看帖子
{T}
!m 楼主 热心市民小王　发表于 3天前
{BODY}
!l 沙发 源桥在线版主　2天前
!l 已转交相关部门，请耐心等待回复。
!l 板凳 路人甲　昨天
!l 早该管了！
!a 回复 ｜ 点赞 ｜ 举报 ｜ 分享到朋友圈
!m 源桥在线论坛 · 源桥人的网上家园
""",
        junk=dict(lines=1, glued=2),
        body="""
南岭村后山竹林边，每到周六下午就有几十人聚在一起斗鸡，还押钱下注，一场输赢上千元。
周边停满摩托车，路都堵了，村里老人小孩都不敢从那边走。
斗鸡赌博已经违法，希望派出所和镇里管一管，还村里一个清净。
""",
    ),
    dict(
        slug="localforum-yangping-pigsty-conversion-html",
        site="阳坪论坛 (invented county forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yangpingbbs.com/t/66139",
        title="关于开展闲置猪圈改造利用的通知",
        record_title="[转帖]关于开展闲置猪圈改造利用的通知 - 乡镇公告 - 阳坪论坛",
        date="2025-04-18",
        date_also=["2025-04-21"],
        notes="forum repost of a township notice; jammer-free; the repost time differs from the 成文日期; reward table kept",
        page="""
<html><head><meta charset="utf-8"><title>[转帖]关于开展闲置猪圈改造利用的通知 - 乡镇公告 - 阳坪论坛</title></head>
<body><div class="top">⟦m 阳坪论坛 · 阳坪人自己的论坛⟧ <a>⟦a 注册⟧</a> <a>⟦a 登录⟧</a></div>
<div class="bread">⟦m 首页 › 乡镇公告 › 正文⟧</div>
<div class="post"><div class="who">⟦m 坪上人家 ｜ 发表于 2025-04-21 07:58⟧</div>
<h1>{T}</h1>
<div class="msg">
{BODY}
</div>
<div class="sig">⟦m ——转自镇政府公告栏⟧</div>
<div class="act">⟦a 点赞(12)　收藏　分享⟧</div></div>
<div class="reply"><p>⟦l 1楼 小河边：我家那个猪圈能改成柴房吗？⟧</p><p>⟦l 2楼 坪上人家：可以，先到村委会报备。⟧</p></div>
<div class="ft">⟦w 论坛广告合作 微信：ypbbs2016⟧　⟦m Copyright 阳坪论坛⟧</div>
</body></html>
""",
        body="""
各村（社区）：
为改善农村人居环境，镇政府决定在全镇开展闲置猪圈改造利用工作。
一、改造方式：可改为柴房、农具房、小菜园或拆除后绿化。
二、奖补标准：
类型　奖补金额
拆除绿化　每处500元
改建利用　每处800元
三、申报时间：即日起至6月30日，向所在村委会申报。
阳坪镇人民政府
2025年4月18日
""",
    ),
    dict(
        slug="download-xuanfeng-dog-show-plan-asp",
        site="旋风资料下载站 (invented, ASP layout)",
        style="资料下载站",
        genre="工作方案",
        kind="plan",
        form="html",
        source="http://www.xuanfengdown.com/soft/83120.html",
        title="2025年玗城犬展活动安全保障方案",
        record_title="2025年玗城犬展活动安全保障方案.doc下载",
        date="2025-09-22",
        notes="old download station: file-info table, three mirror links and an error report; the plan's own contact and a 扫码 registration sentence kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>2025年玗城犬展活动安全保障方案.doc下载_旋风资料下载站</title></head>
<body><table width="980" align="center"><tr><td>⟦m 旋风资料下载站 www.xuanfengdown.com⟧</td><td align="right">⟦a 加入收藏⟧ ⟦a 设为首页⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 → 文档资料 → 活动方案⟧</td></tr></table>
<table width="980" align="center" border="1">
<tr><td>⟦m 资料名称：⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料大小：⟧</td><td>⟦m 42 KB⟧</td></tr>
<tr><td>⟦m 更新时间：⟧</td><td>⟦m 2025-10-03⟧</td></tr>
<tr><td>⟦m 资料等级：⟧</td><td>⟦m ★★★☆☆⟧</td></tr></table>
<table width="980" align="center"><tr><td><b>⟦m 资料简介：⟧</b></td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>⟦a 下载地址1：电信高速下载⟧</td><td>⟦a 下载地址2：联通高速下载⟧</td><td>⟦a 下载地址3：备用下载⟧</td></tr>
<tr><td colspan="3">⟦a 如果下载地址失效，请点此报错⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦d 本站资料均来自网络，仅供学习研究，请在下载后24小时内删除⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
为确保玗城犬展活动安全有序，制定本方案。
一、活动时间地点：2025年10月11日至12日，玗城体育公园南广场。
二、安全措施：参展犬只须持有免疫证明，全程牵引，大型犬佩戴嘴套；现场设置兽医站和医疗点各一处。
三、报名方式：参展人员扫描报名二维码填写犬只信息，现场凭码入场。
联系人：赵一鸣，电话：13907318826。
玗城区犬类养护协会
2025年9月22日
""",
    ),
]
