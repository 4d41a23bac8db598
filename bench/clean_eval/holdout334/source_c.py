"""holdout334, part C: personal collections, Party-building sites, hospitals, universities, county forums.

Invented text (places, people, sites, URLs, phones and ids are made up); see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="laofanggong-collection-mother-glove-clips-gb2312",
        site="老纺工文集 (invented, personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.laofanggong.example.cn/wenji/juan2/019.htm",
        title="母亲缝的手套夹",
        record_title="母亲缝的手套夹（《梭声集》卷二·第十九篇）",
        date=None,
        notes="a retired textile worker's collection in an old table layout: 繁體/简体 links, chapter links, a "
        "visitor counter and the author's mailbox; a memoir without any date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>母亲缝的手套夹（《梭声集》卷二·第十九篇）</title>
</head>
<body bgcolor="#FFFDF5">
<table width="780" align="center" border="0" cellpadding="3">
<tr><td align="center"><font size="5" face="楷体_GB2312">⟦m 老纺工文集 · 梭声集⟧</font></td></tr>
<tr><td align="right"><a href="/big5/">⟦a 繁體閱讀⟧</a> ｜ <a href="/gb/">⟦a 简体阅读⟧</a></td></tr>
<tr><td align="center">⟦m 卷一　纱厂旧事 ｜ 卷二　家常 ｜ 卷三　行路⟧</td></tr>
<tr><td><hr size="1"></td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td><hr size="1"></td></tr>
<tr><td align="center">⟦l 上一篇：纺车边的夜⟧　⟦l 回卷二目录⟧　⟦l 下一篇：父亲的搪瓷缸⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：laofanggong1952@example.cn⟧</td></tr>
<tr><td align="center">⟦m 本集自开放以来，已有 096315 位读者来过⟧</td></tr>
<tr><td align="center">⟦d 文集内容为作者原创，转载请先来信告知⟧</td></tr>
</table>
<script language="javascript">document.write('<img src="/cgi-bin/counter.cgi" width=1 height=1>')</script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
我上小学那几年，冬天特别冷，教室里没有炉子，我们都戴着棉手套上课。
那时候的手套是母亲用纱厂发的劳保纱线织的，灰扑扑的，一双能戴一整个冬天。可我总是丢，今天落在操场，明天忘在同学家，母亲织得再快也赶不上我丢。
有一天晚上，母亲从针线笸箩里翻出两根旧松紧带，一头缝上铁丝弯的小钩，一头缝在手套口上。第二天早上，她把钩子挂在我棉袄的袖口里，说：“这回看你还丢不丢。”
那个冬天，我果然一只手套也没丢。同学们笑我像个小娃娃，我却偷偷觉得，有根带子连着，手就一直是暖的。
现在商店里有各式各样的手套夹，五颜六色，还带卡通图案。我给外孙买过一对，夹上去的时候，忽然就想起了母亲那两根旧松紧带。
""",
    ),
    dict(
        slug="jiulou-essay-door-chain-sound-oneline",
        site="旧楼文存 (invented, personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://jiuloucun.example.cn/essay/0412",
        title="门链的声音",
        date=None,
        notes="record title as is; the essay on one line, paragraphs separated only by their indent; reader "
        "count and a favourites line; no date",
        page="""
!m 旧楼文存 · 一个人的散文小站
!m 文存首页 / 散文 / 第四辑
{T}
!m 作者：颜北楼　　读过 742 人
{BODY}
!l 本辑目录：楼道里的灯 · 门链的声音 · 对门的张阿姨
!a 喜欢就点个“拾”，放进你的书签
!d 文存所收皆为作者旧作，未经同意请勿转载
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
我住的老楼没有电梯，隔音也差，楼道里谁家开门关门，都听得清清楚楚。
最熟悉的是对门张阿姨家的门链声。她一个人住，每天傍晚我下班上楼，总能听见“哗啦”一声，那是她挂上门链，隔着门缝看看是谁回来了。看见是我，她就把链子摘了，门开大一点，问一句：“吃了没？”
后来张阿姨住进了养老院，那扇门很久没有响过。上个月搬来一对年轻夫妻，装了电子猫眼，门一关就再没有声音。
有时候我上楼，还会下意识地放慢脚步，等那一声“哗啦”。
""",
    ),
    dict(
        slug="shaoling-party-summary-glove-clips-table",
        site="邵岭党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.shaolingdj.example.cn/zbfc/2025/0110/2871.html",
        title="霍岭县邵岭镇党员志愿服务队“暖冬护手”行动工作总结",
        record_title="【支部在一线】霍岭县邵岭镇党员志愿服务队“暖冬护手”行动工作总结_邵岭党建网",
        date="2025-01-06",
        date_also=["2025-01-10"],
        notes="Party-building portal: a study-points prompt, a read-on-phone QR line; a table of distributions one "
        "row a paragraph; 成文日期 under the signature, the portal's date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【支部在一线】霍岭县邵岭镇党员志愿服务队“暖冬护手”行动工作总结_邵岭党建网</title></head>
<body>
<div class="dj-top">⟦m 邵岭党建网 · 凝聚基层先锋力量⟧</div>
<div class="dj-nav">⟦m 首页⟧ ⟦m 支部风采⟧ ⟦m 党员教育⟧ ⟦m 志愿服务⟧ ⟦m 组工信息⟧</div>
<div class="dj-crumb">⟦m 您所处的栏目：首页 → 支部风采⟧</div>
<div class="dj-article">
<h1>{T}</h1>
<p class="dj-info">⟦m 日期：2025-01-10　来源：邵岭镇党委　编辑：庞雨晴⟧</p>
<div class="dj-body">
{BODY}
</div>
<p class="dj-study">⟦a 登录学习账号，读完此文可累计 1 个学时⟧</p>
<p class="dj-qr">⟦a 手机扫码，随时随地学党建⟧</p>
</div>
<div class="dj-side">
<h4>⟦l 基层动态⟧</h4>
<p>⟦l 俞坪镇开展“党员联户”走访活动⟧</p>
<p>⟦l 郭集镇老党员讲述入党故事⟧</p>
</div>
<div class="dj-foot">⟦m 中共霍岭县邵岭镇委员会主办　晋ICP备18006631号⟧</div>
<script src="/js/dj-study.js"></script>
</body>
</html>
""",
        body="""
入冬以来，邵岭镇党员志愿服务队开展“暖冬护手”行动，为镇区环卫工人、快递员、外卖骑手和农贸市场摊主送去手套和防丢手套夹。现将有关情况总结如下。
一、主要做法。镇党委从党费中列支1.2万元，采购加绒手套1000双、手套夹800副。12月9日至20日，各村（社区）党员志愿者分片入户、上路发放，边发边教大家把手套夹扣在袖口。
二、发放情况。
发放对象　人数　手套（双）　手套夹（副）
环卫工人　186　372　372
快递员、外卖骑手　143　286　286
农贸市场摊主　97　194　142
三、下一步打算。春节前，服务队将对领取手套夹的人员进行一次回访，损坏的及时补发，并把“暖冬护手”纳入镇党员志愿服务常态化项目。
中共霍岭县邵岭镇委员会
2025年1月6日
""",
    ),
    dict(
        slug="yanchuan-party-speech-glove-clips-cn-date",
        site="颜川先锋网 (invented, Party-building portal, text page)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.ycxianfeng.example.cn/ldjh/20241212/1105.html",
        title="在“暖手驿站”关爱新就业群体活动启动仪式上的致辞",
        record_title="【党建引领·暖心行动】在“暖手驿站”关爱新就业群体活动启动仪式上的致辞 - 颜川先锋网",
        date="2024-12-10",
        notes="speech with its date in Chinese numerals under the title and a speaker line (both neutral); the "
        "portal's views line and a points prompt; the title repeated",
        page="""
!m 颜川先锋网
!m 首页 >> 领导讲话 >> 致辞
!t 【党建引领·暖心行动】在“暖手驿站”关爱新就业群体活动启动仪式上的致辞 - 颜川先锋网
!m 浏览：1089　　更新：2024-12-12
{T}
（二〇二四年十二月十日）
颜川县委社会工作部部长　孟书航
{BODY}
!a 学习强县账号登录后阅读满3分钟，积1分
!l 上一篇：全县两新组织党建工作推进会讲话要点
!m 颜川先锋网　中共颜川县委组织部主办
""",
        date_also=["2024-12-12"],
        indent="\u3000\u3000",
        body="""
各位快递员、外卖骑手朋友们，同志们：
大家上午好！今天，我们在城区第一个“暖手驿站”举行关爱新就业群体活动启动仪式。首先，我代表县委社会工作部，向一直奔波在大街小巷的你们道一声：辛苦了！
冬天送件，最难受的是手。扫码要摘手套，搬货要摘手套，手套一摘一戴，一天下来不知要丢多少次。这次我们为每位骑手准备了一副加绒手套和一对手套夹，夹在袖口上，摘下来也不会丢。
全县首批建成12个“暖手驿站”，驿站里有热水、充电插座和常用药品，大家送件途中随时可以进来歇歇脚。
最后，祝大家出行平安，工作顺利！
""",
    ),
    dict(
        slug="huoling-hospital-notice-nappy-bins-ward",
        site="霍岭县第一人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hlxyy.example.cn/news/tzgg/2024/0605/991.html",
        title="关于规范病区尿布桶使用和医疗废物分类的通知",
        record_title="关于规范病区尿布桶使用和医疗废物分类的通知-护理部-霍岭县第一人民医院",
        record_date="2024-06-05",
        date="2024-06-05",
        notes="hospital site: a booking float, a 24-hour line and a 预约挂号 line beside the nursing department's own "
        "咨询电话 in the body; 第N条-free numbered points; date from the record (the signature date is the same)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>关于规范病区尿布桶使用和医疗废物分类的通知-护理部-霍岭县第一人民医院</title></head>
<body>
<div class="h-top">⟦m 霍岭县第一人民医院　二级甲等综合医院⟧　⟦m 24小时急诊急救：0358-4120120⟧</div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 护理园地⟧</li></ul>
<div class="h-crumb">⟦m 首页 - 护理园地 - 护理部通知⟧</div>
<div class="h-art">
<h1>{T}</h1>
<div class="h-meta">⟦m 发布：护理部　时间：2024-06-05　访问量：455⟧</div>
<div class="h-body">
{BODY}
</div>
</div>
<div class="h-float"><a href="/yy/">⟦a 在线挂号　免排队⟧</a><span>⟦m 预约挂号热线 0358-4128866⟧</span></div>
<div class="h-foot">⟦m 地址：霍岭县人民北路88号　邮编：036400⟧<br>⟦d 本网所载医疗信息仅供参考，不能代替医生面诊⟧</div>
<div class="h-side"><h4>⟦l 本周专家出诊⟧</h4><p>⟦l 儿科　郭建华主任医师　周二、周四上午⟧</p></div>
<script src="/js/float-yy.js"></script>
</body>
</html>
""",
        body="""
各病区、各护理单元：
为规范儿科、产科病区尿布桶管理，落实医疗废物分类处置要求，现将有关事项通知如下：
一、儿科、产科病区每间病房配置脚踏式密封尿布桶1只，桶身张贴“使用后尿布”标识，不得与生活垃圾桶混用。
二、感染性疾病患儿使用后的尿布按感染性医疗废物处理，放入黄色医疗废物包装袋；其他患儿的尿布按生活垃圾处理。
三、尿布桶内衬袋达到四分之三满时即封口更换，桶身每日用含氯消毒液擦拭一次。
四、护士长每周检查一次尿布桶使用情况，检查结果纳入护理质量考核。
如有疑问，请与护理部联系，咨询电话：0358-4120316。
护理部
2024年6月5日
""",
    ),
    dict(
        slug="kunxi-maternal-hospital-bottle-brush-care",
        site="昆溪市妇幼保健院 (invented, text page)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="text",
        source="http://www.kxfybj.example.cn/jkkp/hlkt/1187.html",
        title="新生儿奶瓶怎样刷才干净",
        record_title="【护理小课堂】新生儿奶瓶怎样刷才干净 - 昆溪市妇幼保健院",
        date=None,
        notes="hospital health article: 更新于 3 天前 and a views line (no date); a numbered list; the hospital's "
        "booking line and a disclaimer around it",
        page="""
!m 昆溪市妇幼保健院　健康科普
!m 首页 > 健康科普 > 护理小课堂
!t 【护理小课堂】新生儿奶瓶怎样刷才干净 - 昆溪市妇幼保健院
!m 撰稿：新生儿科　郭晓燕　　更新于 3 天前　　阅读 1834
{BODY}
!a 觉得有用？分享给新手爸妈
!m 预约挂号请拨打 0917-3326677 或关注医院服务号
!d 科普内容仅供参考，如孩子有不适请及时就医
""",
        body="""
很多新手爸妈觉得奶瓶用开水烫一烫就干净了，其实奶瓶里残留的奶渍如果没有刷掉，烫过之后仍会滋生细菌。正确的清洗方法是：
1.宝宝喝完奶后，马上用清水把奶瓶、奶嘴冲一遍，不要让奶渍干在瓶壁上。
2.在温水中加入婴儿专用清洁剂，用奶瓶刷伸到瓶底，旋转刷洗瓶壁和瓶底的每个角落。
3.奶嘴用小号奶嘴刷刷洗，再把奶嘴翻过来，检查吸孔是否通畅。
4.用流动清水反复冲洗干净，然后再煮沸或蒸汽消毒。
奶瓶刷本身也要保持干净，用完后冲洗甩干，挂起来晾干。海绵刷头一般一个月左右更换一次。
""",
    ),
    dict(
        slug="kunxi-ligong-news-dorm-window-guards-h1",
        site="昆溪理工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.kxlg.example.edu.cn/info/1021/7760.htm",
        title="学生公寓高层窗户完成隐形防护网加装",
        record_title=None,
        date="2024-09-02",
        notes="university news page: no record title, the h1 holds it; a dotted date line is the page's date; a "
        "photo caption between paragraphs, a 文/图/审核 line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>昆溪理工学院新闻网</title></head>
<body>
<div class="u-head">⟦m 昆溪理工学院新闻网⟧ <a href="http://www.kxlg.example.edu.cn">⟦m 学校主页⟧</a></div>
<div class="u-nav">⟦m 理工要闻⟧ ⟦m 院部动态⟧ ⟦m 校园快讯⟧ ⟦m 媒体理工⟧</div>
<div class="u-loc">⟦m 当前位置：新闻网 ＞ 校园快讯 ＞ 正文⟧</div>
<div class="u-art">
<h1>{T}</h1>
<div class="u-date">⟦m 2024.09.02　点击：<span id="clicks">2083</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="u-pn">⟦l 上一条：我校举行2024级新生开学典礼⟧<br>⟦l 下一条：图书馆秋季开放时间调整⟧</div>
</div>
<div class="u-foot">⟦m 昆溪理工学院党委宣传部　地址：昆溪市凯城区知新路1号⟧</div>
<div class="u-side"><h4>⟦l 本月点击排行⟧</h4><p>⟦l 我校学子在省大学生结构设计竞赛中获一等奖⟧</p></div>
<script src="/system/resource/js/counter.js"></script>
</body>
</html>
""",
        body="""
新学期开学前，后勤管理处完成了东区5栋学生公寓四层以上窗户的隐形防护网加装工作，共安装防护网1640樘，9月1日新生入住时已全部投入使用。
此次加装的防护网采用直径2毫米的不锈钢包胶钢丝，间距5厘米，每间宿舍在靠近走廊一侧的窗户预留了可开启的逃生口，钥匙由宿舍长和楼栋管理员分别保管。
⟦m 图为工作人员在东区3号公寓检查防护网钢丝张力（后勤管理处供图）⟧
后勤管理处负责人介绍，防护网安装后，学校将每学期组织一次全面检查。同学们发现钢丝松动、断裂，可在“理工后勤”小程序报修。⟦m 文/佟一鸣　图/后勤管理处　审核/熊锐⟧
""",
    ),
    dict(
        slug="kunxi-ligong-notice-glove-clips-cleaning-pdf",
        site="昆溪理工学院后勤管理处 (invented, text page)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.kxlg.example.edu.cn/tzgg/2024/1203.htm",
        title="关于冬季校园清扫劳保用品领取的通知",
        record_title="关于冬季校园清扫劳保用品领取的通知.pdf",
        date="2024-12-03",
        notes="file-name record title (.pdf); a department page with a sidebar and footer; a table of items one "
        "row a paragraph; the office's phone in the body; signature date",
        page="""
!m 昆溪理工学院后勤管理处
!m 首页 | 部门概况 | 服务指南 | 通知公告 | 办事下载
!t 关于冬季校园清扫劳保用品领取的通知.pdf
!m 发布时间：2024-12-03　作者：物业服务中心　浏览：215
{BODY}
!a 附件预览不了？点这里下载原件
!l 相关通知：关于寒假期间公寓管理的通知　　关于校园道路除雪分工的通知
!m 版权所有：昆溪理工学院后勤管理处　　联系我们
""",
        body="""
各物业服务班组：
为做好冬季校园道路清扫和除雪工作，保障一线保洁人员作业安全，物业服务中心为全体保洁人员配发冬季劳保用品。现将有关事项通知如下：
一、领取物品
物品　数量　备注
防滑棉鞋　每人1双　按鞋码领取
加绒防水手套　每人2双　—
防丢手套夹　每人2副　夹在袖口，防止手套掉落后徒手作业
二、领取时间和地点
12月5日至6日，每天8:00至11:30，在东区物业仓库领取。各班组长统一领取后发放到人，并填写领取登记表。
联系电话：0917-3351208。
物业服务中心
2024年12月3日
""",
    ),
    dict(
        slug="pengxi-forum-door-chain-warning-jammer",
        site="鹏溪论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.pengxi.example.cn/thread-661208-1-1.html",
        title="提醒：有人冒充物业敲门查水表，幸亏挂了门链",
        record_title=None,
        date=None,
        notes="county forum thread: no record title, the thread subject holds it; a weather line, medals, a "
        "decoration ad, an official-reply link; jammer fonts inside the post; posted 前天: no date",
        page="""
<html>
<head><meta charset="gbk"><title>鹏溪论坛 - 鹏溪人自己的网上家园</title>
<style>.jammer{display:none}</style></head>
<body>
<div class="weather">⟦m 鹏溪　今日多云　6～14℃　东北风2级⟧</div>
<div id="hd">⟦m 鹏溪论坛⟧ <a>⟦a 手机扫码逛论坛⟧</a> <a>⟦a 登录⟧</a> <a>⟦a 注册成为鹏溪网友⟧</a></div>
<div id="pt">⟦m 鹏溪论坛 › 民生话题 › 邻里守望⟧</div>
<div class="adv">⟦l 【鹏溪装修季】全包装修每平米直降80元，详询 0736-7218855⟧</div>
<table>
<tr>
<td class="pls">⟦m 溪边老邱⟧<br>⟦m 等级：鹏溪老乡　勋章：热心网友⟧</td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 溪边老邱 发表于 前天 19:52⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 支持(68)　反对(0)　回复　分享⟧</div>
<div class="official">⟦l 【官方回复】已转交鹏飞社区和鹏溪县公安局城关派出所⟧</div>
</td>
</tr>
</table>
<div class="replies">⟦l 2楼 郭集阿伟：我妈家也遇到过，说是换燃气表的⟧</div>
<div id="ft">⟦m 鹏溪论坛　湘ICP备12017745号　鹏溪县网络文化协会指导⟧</div>
<script src="data/cache/common.js"></script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
今天下午三点多，我一个人在家，有两个人敲门，说是物业的，要进来查水表。我隔着猫眼一看，两个人都没穿物业的衣服，也没挂工牌。
我家门上装了门链，我就挂着门链开了一道缝，问他们是哪个物业公司的。其中一个支支吾吾说不清楚，另一个伸手想推门，被门链挡住了。我说要打电话给物业核实，他们转身就下楼了。
后来我打电话问了物业，物业说这几天根本没安排查水表。我已经向城关派出所报了警，民警说最近确实有人冒充物业、燃气公司人员上门推销，让大家提高警惕。
家里有老人的，建议装一根门链，不贵，几十块钱，陌生人敲门先挂链子再开门。
""",
    ),
    dict(
        slug="huoling-forum-window-guards-ask-junk",
        site="霍岭论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.huolingbbs.example.cn/thread-390442-1-1.html",
        title="谁家装过隐形防护网？说说价格和注意事项",
        record_title="谁家装过隐形防护网？说说价格和注意事项 - 家装交流 - 霍岭论坛",
        date=None,
        notes="text county-forum thread: junk lines and junk glued after 。; a weather line, a medal line and "
        "replies; posted 4 天前: no date",
        page="""
!m 霍岭论坛 | 霍岭人的网上客厅
!m 今日霍岭：晴　12～25℃
!m 霍岭论坛 » 生活服务 » 家装交流
!t 谁家装过隐形防护网？说说价格和注意事项 - 家装交流 - 霍岭论坛
!m 楼主：姚家小院　发表于 4 天前　　查看：2207　回复：31
{BODY}
!l 沙发　霍岭装修老周：我们店就做这个，钢丝2.0的一平米90，欢迎私信
!l 板凳　邵岭小熊：楼主装好了回来说说效果
!a 登录后才能回复　　快速登录
!m 霍岭论坛　晋ICP备15021190号
""",
        junk=dict(lines=1, glued=2),
        body="""
家里在城东小区十六楼，孩子快两岁了，开始会爬凳子，想给卧室和阳台装隐形防护网。问了几家，价格从每平方米60元到120元都有，差别挺大。
做了点功课，总结几条，供同样想装的朋友参考：
第一，看钢丝。最好是316不锈钢包胶的，直径至少1.5毫米，商家说的“2毫米”可以让他拿卡尺现场量。
第二，看间距。孩子小的，钢丝间距不要超过5厘米。
第三，留逃生口。客厅或主卧至少留一处能打开的地方，这个一定要跟师傅说清楚。
装好了我再来反馈，也欢迎装过的朋友推荐靠谱的师傅。
""",
    ),
]
